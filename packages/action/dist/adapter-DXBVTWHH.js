import { createRequire as __actionCreateRequire } from 'node:module';
import { fileURLToPath as __actionFileURLToPath } from 'node:url';
const require = __actionCreateRequire(import.meta.url);
import {
  ERROR_NAMESPACE,
  TARGET_PREFIX,
  buildAwsJsonFace,
  codeOf,
  conditionalRequestFailed,
  fromDynalite,
  idempotentParameterMismatch,
  indexChangeNotServed,
  isDataValidation,
  jsonDecoder,
  jsonWriter,
  lengthConstraint,
  missingKey,
  multipleOperationsOnOneItem,
  oneActionPerItem,
  timeToLiveAlready,
  transactionCanceled,
  unknownOperation
} from "./chunk-J4DGY3SW.js";
import {
  toAwsError
} from "./chunk-GVSLWIJQ.js";
import "./chunk-CPE75FZ3.js";
import {
  __commonJS,
  __esm,
  __export,
  __glob,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-DBFYPCXS.js";

// ../../node_modules/async/dist/async.mjs
var async_exports = {};
__export(async_exports, {
  all: () => every$1,
  allLimit: () => everyLimit$1,
  allSeries: () => everySeries$1,
  any: () => some$1,
  anyLimit: () => someLimit$1,
  anySeries: () => someSeries$1,
  apply: () => apply,
  applyEach: () => applyEach,
  applyEachSeries: () => applyEachSeries,
  asyncify: () => asyncify,
  auto: () => auto,
  autoInject: () => autoInject,
  cargo: () => cargo$1,
  cargoQueue: () => cargo,
  compose: () => compose,
  concat: () => concat$1,
  concatLimit: () => concatLimit$1,
  concatSeries: () => concatSeries$1,
  constant: () => constant$1,
  default: () => index,
  detect: () => detect$1,
  detectLimit: () => detectLimit$1,
  detectSeries: () => detectSeries$1,
  dir: () => dir,
  doDuring: () => doWhilst$1,
  doUntil: () => doUntil,
  doWhilst: () => doWhilst$1,
  during: () => whilst$1,
  each: () => each,
  eachLimit: () => eachLimit$1,
  eachOf: () => eachOf$1,
  eachOfLimit: () => eachOfLimit$1,
  eachOfSeries: () => eachOfSeries$1,
  eachSeries: () => eachSeries$1,
  ensureAsync: () => ensureAsync,
  every: () => every$1,
  everyLimit: () => everyLimit$1,
  everySeries: () => everySeries$1,
  filter: () => filter$1,
  filterLimit: () => filterLimit$1,
  filterSeries: () => filterSeries$1,
  find: () => detect$1,
  findLimit: () => detectLimit$1,
  findSeries: () => detectSeries$1,
  flatMap: () => concat$1,
  flatMapLimit: () => concatLimit$1,
  flatMapSeries: () => concatSeries$1,
  foldl: () => reduce$1,
  foldr: () => reduceRight,
  forEach: () => each,
  forEachLimit: () => eachLimit$1,
  forEachOf: () => eachOf$1,
  forEachOfLimit: () => eachOfLimit$1,
  forEachOfSeries: () => eachOfSeries$1,
  forEachSeries: () => eachSeries$1,
  forever: () => forever$1,
  groupBy: () => groupBy,
  groupByLimit: () => groupByLimit$1,
  groupBySeries: () => groupBySeries,
  inject: () => reduce$1,
  log: () => log,
  map: () => map$1,
  mapLimit: () => mapLimit$1,
  mapSeries: () => mapSeries$1,
  mapValues: () => mapValues,
  mapValuesLimit: () => mapValuesLimit$1,
  mapValuesSeries: () => mapValuesSeries,
  memoize: () => memoize,
  nextTick: () => nextTick,
  parallel: () => parallel,
  parallelLimit: () => parallelLimit,
  priorityQueue: () => priorityQueue,
  queue: () => queue,
  race: () => race$1,
  reduce: () => reduce$1,
  reduceRight: () => reduceRight,
  reflect: () => reflect,
  reflectAll: () => reflectAll,
  reject: () => reject$1,
  rejectLimit: () => rejectLimit$1,
  rejectSeries: () => rejectSeries$1,
  retry: () => retry,
  retryable: () => retryable,
  select: () => filter$1,
  selectLimit: () => filterLimit$1,
  selectSeries: () => filterSeries$1,
  seq: () => seq,
  series: () => series,
  setImmediate: () => setImmediate$1,
  some: () => some$1,
  someLimit: () => someLimit$1,
  someSeries: () => someSeries$1,
  sortBy: () => sortBy$1,
  timeout: () => timeout,
  times: () => times,
  timesLimit: () => timesLimit,
  timesSeries: () => timesSeries,
  transform: () => transform,
  tryEach: () => tryEach$1,
  unmemoize: () => unmemoize,
  until: () => until,
  waterfall: () => waterfall$1,
  whilst: () => whilst$1,
  wrapSync: () => asyncify
});
function apply(fn, ...args) {
  return (...callArgs) => fn(...args, ...callArgs);
}
function initialParams(fn) {
  return function(...args) {
    var callback = args.pop();
    return fn.call(this, args, callback);
  };
}
function fallback(fn) {
  setTimeout(fn, 0);
}
function wrap(defer) {
  return (fn, ...args) => defer(() => fn(...args));
}
function asyncify(func) {
  if (isAsync(func)) {
    return function(...args) {
      const callback = args.pop();
      const promise = func.apply(this, args);
      return handlePromise(promise, callback);
    };
  }
  return initialParams(function(args, callback) {
    var result;
    try {
      result = func.apply(this, args);
    } catch (e) {
      return callback(e);
    }
    if (result && typeof result.then === "function") {
      return handlePromise(result, callback);
    } else {
      callback(null, result);
    }
  });
}
function handlePromise(promise, callback) {
  return promise.then((value) => {
    invokeCallback(callback, null, value);
  }, (err) => {
    invokeCallback(callback, err && (err instanceof Error || err.message) ? err : new Error(err));
  });
}
function invokeCallback(callback, error, value) {
  try {
    callback(error, value);
  } catch (err) {
    setImmediate$1((e) => {
      throw e;
    }, err);
  }
}
function isAsync(fn) {
  return fn[Symbol.toStringTag] === "AsyncFunction";
}
function isAsyncGenerator(fn) {
  return fn[Symbol.toStringTag] === "AsyncGenerator";
}
function isAsyncIterable(obj) {
  return typeof obj[Symbol.asyncIterator] === "function";
}
function wrapAsync(asyncFn) {
  if (typeof asyncFn !== "function") throw new Error("expected a function");
  return isAsync(asyncFn) ? asyncify(asyncFn) : asyncFn;
}
function awaitify(asyncFn, arity) {
  if (!arity) arity = asyncFn.length;
  if (!arity) throw new Error("arity is undefined");
  function awaitable(...args) {
    if (typeof args[arity - 1] === "function") {
      return asyncFn.apply(this, args);
    }
    return new Promise((resolve, reject2) => {
      args[arity - 1] = (err, ...cbArgs) => {
        if (err) return reject2(err);
        resolve(cbArgs.length > 1 ? cbArgs : cbArgs[0]);
      };
      asyncFn.apply(this, args);
    });
  }
  return awaitable;
}
function applyEach$1(eachfn) {
  return function applyEach2(fns, ...callArgs) {
    const go = awaitify(function(callback) {
      var that = this;
      return eachfn(fns, (fn, cb) => {
        wrapAsync(fn).apply(that, callArgs.concat(cb));
      }, callback);
    });
    return go;
  };
}
function _asyncMap(eachfn, arr, iteratee, callback) {
  arr = arr || [];
  var results = [];
  var counter = 0;
  var _iteratee = wrapAsync(iteratee);
  return eachfn(arr, (value, _, iterCb) => {
    var index2 = counter++;
    _iteratee(value, (err, v) => {
      results[index2] = v;
      iterCb(err);
    });
  }, (err) => {
    callback(err, results);
  });
}
function isArrayLike(value) {
  return value && typeof value.length === "number" && value.length >= 0 && value.length % 1 === 0;
}
function once(fn) {
  function wrapper(...args) {
    if (fn === null) return;
    var callFn = fn;
    fn = null;
    callFn.apply(this, args);
  }
  Object.assign(wrapper, fn);
  return wrapper;
}
function getIterator(coll) {
  return coll[Symbol.iterator] && coll[Symbol.iterator]();
}
function createArrayIterator(coll) {
  var i = -1;
  var len = coll.length;
  return function next() {
    return ++i < len ? { value: coll[i], key: i } : null;
  };
}
function createES2015Iterator(iterator) {
  var i = -1;
  return function next() {
    var item = iterator.next();
    if (item.done)
      return null;
    i++;
    return { value: item.value, key: i };
  };
}
function createObjectIterator(obj) {
  var okeys = obj ? Object.keys(obj) : [];
  var i = -1;
  var len = okeys.length;
  return function next() {
    var key = okeys[++i];
    if (key === "__proto__") {
      return next();
    }
    return i < len ? { value: obj[key], key } : null;
  };
}
function createIterator(coll) {
  if (isArrayLike(coll)) {
    return createArrayIterator(coll);
  }
  var iterator = getIterator(coll);
  return iterator ? createES2015Iterator(iterator) : createObjectIterator(coll);
}
function onlyOnce(fn) {
  return function(...args) {
    if (fn === null) throw new Error("Callback was already called.");
    var callFn = fn;
    fn = null;
    callFn.apply(this, args);
  };
}
function asyncEachOfLimit(generator, limit, iteratee, callback) {
  let done = false;
  let canceled = false;
  let awaiting = false;
  let running = 0;
  let idx = 0;
  function replenish() {
    if (running >= limit || awaiting || done) return;
    awaiting = true;
    generator.next().then(({ value, done: iterDone }) => {
      if (canceled || done) return;
      awaiting = false;
      if (iterDone) {
        done = true;
        if (running <= 0) {
          callback(null);
        }
        return;
      }
      running++;
      iteratee(value, idx, iterateeCallback);
      idx++;
      replenish();
    }).catch(handleError);
  }
  function iterateeCallback(err, result) {
    running -= 1;
    if (canceled) return;
    if (err) return handleError(err);
    if (err === false) {
      done = true;
      canceled = true;
      return;
    }
    if (result === breakLoop || done && running <= 0) {
      done = true;
      return callback(null);
    }
    replenish();
  }
  function handleError(err) {
    if (canceled) return;
    awaiting = false;
    done = true;
    callback(err);
  }
  replenish();
}
function eachOfLimit(coll, limit, iteratee, callback) {
  return eachOfLimit$2(limit)(coll, wrapAsync(iteratee), callback);
}
function eachOfArrayLike(coll, iteratee, callback) {
  callback = once(callback);
  var index2 = 0, completed = 0, { length } = coll, canceled = false;
  if (length === 0) {
    callback(null);
  }
  function iteratorCallback(err, value) {
    if (err === false) {
      canceled = true;
    }
    if (canceled === true) return;
    if (err) {
      callback(err);
    } else if (++completed === length || value === breakLoop) {
      callback(null);
    }
  }
  for (; index2 < length; index2++) {
    iteratee(coll[index2], index2, onlyOnce(iteratorCallback));
  }
}
function eachOfGeneric(coll, iteratee, callback) {
  return eachOfLimit$1(coll, Infinity, iteratee, callback);
}
function eachOf(coll, iteratee, callback) {
  var eachOfImplementation = isArrayLike(coll) ? eachOfArrayLike : eachOfGeneric;
  return eachOfImplementation(coll, wrapAsync(iteratee), callback);
}
function map(coll, iteratee, callback) {
  return _asyncMap(eachOf$1, coll, iteratee, callback);
}
function eachOfSeries(coll, iteratee, callback) {
  return eachOfLimit$1(coll, 1, iteratee, callback);
}
function mapSeries(coll, iteratee, callback) {
  return _asyncMap(eachOfSeries$1, coll, iteratee, callback);
}
function promiseCallback() {
  let resolve, reject2;
  function callback(err, ...args) {
    if (err) return reject2(err);
    resolve(args.length > 1 ? args : args[0]);
  }
  callback[PROMISE_SYMBOL] = new Promise((res, rej) => {
    resolve = res, reject2 = rej;
  });
  return callback;
}
function auto(tasks, concurrency, callback) {
  if (typeof concurrency !== "number") {
    callback = concurrency;
    concurrency = null;
  }
  callback = once(callback || promiseCallback());
  var numTasks = Object.keys(tasks).length;
  if (!numTasks) {
    return callback(null);
  }
  if (!concurrency) {
    concurrency = numTasks;
  }
  var results = {};
  var runningTasks = 0;
  var canceled = false;
  var hasError = false;
  var listeners = /* @__PURE__ */ Object.create(null);
  var readyTasks = [];
  var readyToCheck = [];
  var uncheckedDependencies = {};
  Object.keys(tasks).forEach((key) => {
    var task = tasks[key];
    if (!Array.isArray(task)) {
      enqueueTask(key, [task]);
      readyToCheck.push(key);
      return;
    }
    var dependencies = task.slice(0, task.length - 1);
    var remainingDependencies = dependencies.length;
    if (remainingDependencies === 0) {
      enqueueTask(key, task);
      readyToCheck.push(key);
      return;
    }
    uncheckedDependencies[key] = remainingDependencies;
    dependencies.forEach((dependencyName) => {
      if (!tasks[dependencyName]) {
        throw new Error("async.auto task `" + key + "` has a non-existent dependency `" + dependencyName + "` in " + dependencies.join(", "));
      }
      addListener(dependencyName, () => {
        remainingDependencies--;
        if (remainingDependencies === 0) {
          enqueueTask(key, task);
        }
      });
    });
  });
  checkForDeadlocks();
  processQueue();
  function enqueueTask(key, task) {
    readyTasks.push(() => runTask(key, task));
  }
  function processQueue() {
    if (canceled) return;
    if (readyTasks.length === 0 && runningTasks === 0) {
      return callback(null, results);
    }
    while (readyTasks.length && runningTasks < concurrency) {
      var run = readyTasks.shift();
      run();
    }
  }
  function addListener(taskName, fn) {
    var taskListeners = listeners[taskName];
    if (!taskListeners) {
      taskListeners = listeners[taskName] = [];
    }
    taskListeners.push(fn);
  }
  function taskComplete(taskName) {
    var taskListeners = listeners[taskName] || [];
    taskListeners.forEach((fn) => fn());
    processQueue();
  }
  function runTask(key, task) {
    if (hasError) return;
    var taskCallback = onlyOnce((err, ...result) => {
      runningTasks--;
      if (err === false) {
        canceled = true;
        return;
      }
      if (result.length < 2) {
        [result] = result;
      }
      if (err) {
        var safeResults = {};
        Object.keys(results).forEach((rkey) => {
          safeResults[rkey] = results[rkey];
        });
        safeResults[key] = result;
        hasError = true;
        listeners = /* @__PURE__ */ Object.create(null);
        if (canceled) return;
        callback(err, safeResults);
      } else {
        results[key] = result;
        taskComplete(key);
      }
    });
    runningTasks++;
    var taskFn = wrapAsync(task[task.length - 1]);
    if (task.length > 1) {
      taskFn(results, taskCallback);
    } else {
      taskFn(taskCallback);
    }
  }
  function checkForDeadlocks() {
    var currentTask;
    var counter = 0;
    while (readyToCheck.length) {
      currentTask = readyToCheck.pop();
      counter++;
      getDependents(currentTask).forEach((dependent) => {
        if (--uncheckedDependencies[dependent] === 0) {
          readyToCheck.push(dependent);
        }
      });
    }
    if (counter !== numTasks) {
      throw new Error(
        "async.auto cannot execute tasks due to a recursive dependency"
      );
    }
  }
  function getDependents(taskName) {
    var result = [];
    Object.keys(tasks).forEach((key) => {
      const task = tasks[key];
      if (Array.isArray(task) && task.indexOf(taskName) >= 0) {
        result.push(key);
      }
    });
    return result;
  }
  return callback[PROMISE_SYMBOL];
}
function stripComments(string) {
  let stripped = "";
  let index2 = 0;
  let endBlockComment = string.indexOf("*/");
  while (index2 < string.length) {
    if (string[index2] === "/" && string[index2 + 1] === "/") {
      let endIndex = string.indexOf("\n", index2);
      index2 = endIndex === -1 ? string.length : endIndex;
    } else if (endBlockComment !== -1 && string[index2] === "/" && string[index2 + 1] === "*") {
      let endIndex = string.indexOf("*/", index2);
      if (endIndex !== -1) {
        index2 = endIndex + 2;
        endBlockComment = string.indexOf("*/", index2);
      } else {
        stripped += string[index2];
        index2++;
      }
    } else {
      stripped += string[index2];
      index2++;
    }
  }
  return stripped;
}
function parseParams(func) {
  const src = stripComments(func.toString());
  let match = src.match(FN_ARGS);
  if (!match) {
    match = src.match(ARROW_FN_ARGS);
  }
  if (!match) throw new Error("could not parse args in autoInject\nSource:\n" + src);
  let [, args] = match;
  return args.replace(/\s/g, "").split(FN_ARG_SPLIT).map((arg) => arg.replace(FN_ARG, "").trim());
}
function autoInject(tasks, callback) {
  var newTasks = {};
  Object.keys(tasks).forEach((key) => {
    var taskFn = tasks[key];
    var params;
    var fnIsAsync = isAsync(taskFn);
    var hasNoDeps = !fnIsAsync && taskFn.length === 1 || fnIsAsync && taskFn.length === 0;
    if (Array.isArray(taskFn)) {
      params = [...taskFn];
      taskFn = params.pop();
      newTasks[key] = params.concat(params.length > 0 ? newTask : taskFn);
    } else if (hasNoDeps) {
      newTasks[key] = taskFn;
    } else {
      params = parseParams(taskFn);
      if (taskFn.length === 0 && !fnIsAsync && params.length === 0) {
        throw new Error("autoInject task functions require explicit parameters.");
      }
      if (!fnIsAsync) params.pop();
      newTasks[key] = params.concat(newTask);
    }
    function newTask(results, taskCb) {
      var newArgs = params.map((name) => results[name]);
      newArgs.push(taskCb);
      wrapAsync(taskFn)(...newArgs);
    }
  });
  return auto(newTasks, callback);
}
function setInitial(dll, node) {
  dll.length = 1;
  dll.head = dll.tail = node;
}
function queue$1(worker, concurrency, payload) {
  if (concurrency == null) {
    concurrency = 1;
  } else if (concurrency === 0) {
    throw new RangeError("Concurrency must not be zero");
  }
  var _worker = wrapAsync(worker);
  var numRunning = 0;
  var workersList = [];
  const events = {
    error: [],
    drain: [],
    saturated: [],
    unsaturated: [],
    empty: []
  };
  function on(event, handler) {
    events[event].push(handler);
  }
  function once2(event, handler) {
    const handleAndRemove = (...args) => {
      off(event, handleAndRemove);
      handler(...args);
    };
    events[event].push(handleAndRemove);
  }
  function off(event, handler) {
    if (!event) return Object.keys(events).forEach((ev) => events[ev] = []);
    if (!handler) return events[event] = [];
    events[event] = events[event].filter((ev) => ev !== handler);
  }
  function trigger(event, ...args) {
    events[event].forEach((handler) => handler(...args));
  }
  var processingScheduled = false;
  function _insert(data, insertAtFront, rejectOnError, callback) {
    if (callback != null && typeof callback !== "function") {
      throw new Error("task callback must be a function");
    }
    q.started = true;
    var res, rej;
    function promiseCallback2(err, ...args) {
      if (err) return rejectOnError ? rej(err) : res();
      if (args.length <= 1) return res(args[0]);
      res(args);
    }
    var item = q._createTaskItem(
      data,
      rejectOnError ? promiseCallback2 : callback || promiseCallback2
    );
    if (insertAtFront) {
      q._tasks.unshift(item);
    } else {
      q._tasks.push(item);
    }
    if (!processingScheduled) {
      processingScheduled = true;
      setImmediate$1(() => {
        processingScheduled = false;
        q.process();
      });
    }
    if (rejectOnError || !callback) {
      return new Promise((resolve, reject2) => {
        res = resolve;
        rej = reject2;
      });
    }
  }
  function _createCB(tasks) {
    return function(err, ...args) {
      numRunning -= 1;
      for (var i = 0, l = tasks.length; i < l; i++) {
        var task = tasks[i];
        var index2 = workersList.indexOf(task);
        if (index2 === 0) {
          workersList.shift();
        } else if (index2 > 0) {
          workersList.splice(index2, 1);
        }
        task.callback(err, ...args);
        if (err != null) {
          trigger("error", err, task.data);
        }
      }
      if (numRunning <= q.concurrency - q.buffer) {
        trigger("unsaturated");
      }
      if (q.idle()) {
        trigger("drain");
      }
      q.process();
    };
  }
  function _maybeDrain(data) {
    if (data.length === 0 && q.idle()) {
      setImmediate$1(() => trigger("drain"));
      return true;
    }
    return false;
  }
  const eventMethod = (name) => (handler) => {
    if (!handler) {
      return new Promise((resolve, reject2) => {
        once2(name, (err, data) => {
          if (err) return reject2(err);
          resolve(data);
        });
      });
    }
    off(name);
    on(name, handler);
  };
  var isProcessing = false;
  var q = {
    _tasks: new DLL(),
    _createTaskItem(data, callback) {
      return {
        data,
        callback
      };
    },
    *[Symbol.iterator]() {
      yield* q._tasks[Symbol.iterator]();
    },
    concurrency,
    payload,
    buffer: concurrency / 4,
    started: false,
    paused: false,
    push(data, callback) {
      if (Array.isArray(data)) {
        if (_maybeDrain(data)) return;
        return data.map((datum) => _insert(datum, false, false, callback));
      }
      return _insert(data, false, false, callback);
    },
    pushAsync(data, callback) {
      if (Array.isArray(data)) {
        if (_maybeDrain(data)) return;
        return data.map((datum) => _insert(datum, false, true, callback));
      }
      return _insert(data, false, true, callback);
    },
    kill() {
      off();
      q._tasks.empty();
    },
    unshift(data, callback) {
      if (Array.isArray(data)) {
        if (_maybeDrain(data)) return;
        return data.map((datum) => _insert(datum, true, false, callback));
      }
      return _insert(data, true, false, callback);
    },
    unshiftAsync(data, callback) {
      if (Array.isArray(data)) {
        if (_maybeDrain(data)) return;
        return data.map((datum) => _insert(datum, true, true, callback));
      }
      return _insert(data, true, true, callback);
    },
    remove(testFn) {
      q._tasks.remove(testFn);
    },
    process() {
      if (isProcessing) {
        return;
      }
      isProcessing = true;
      while (!q.paused && numRunning < q.concurrency && q._tasks.length) {
        var tasks = [], data = [];
        var l = q._tasks.length;
        if (q.payload) l = Math.min(l, q.payload);
        for (var i = 0; i < l; i++) {
          var node = q._tasks.shift();
          tasks.push(node);
          workersList.push(node);
          data.push(node.data);
        }
        numRunning += 1;
        if (q._tasks.length === 0) {
          trigger("empty");
        }
        if (numRunning === q.concurrency) {
          trigger("saturated");
        }
        var cb = onlyOnce(_createCB(tasks));
        _worker(data, cb);
      }
      isProcessing = false;
    },
    length() {
      return q._tasks.length;
    },
    running() {
      return numRunning;
    },
    workersList() {
      return workersList;
    },
    idle() {
      return q._tasks.length + numRunning === 0;
    },
    pause() {
      q.paused = true;
    },
    resume() {
      if (q.paused === false) {
        return;
      }
      q.paused = false;
      setImmediate$1(q.process);
    }
  };
  Object.defineProperties(q, {
    saturated: {
      writable: false,
      value: eventMethod("saturated")
    },
    unsaturated: {
      writable: false,
      value: eventMethod("unsaturated")
    },
    empty: {
      writable: false,
      value: eventMethod("empty")
    },
    drain: {
      writable: false,
      value: eventMethod("drain")
    },
    error: {
      writable: false,
      value: eventMethod("error")
    }
  });
  return q;
}
function cargo$1(worker, payload) {
  return queue$1(worker, 1, payload);
}
function cargo(worker, concurrency, payload) {
  return queue$1(worker, concurrency, payload);
}
function reduce(coll, memo, iteratee, callback) {
  callback = once(callback);
  var _iteratee = wrapAsync(iteratee);
  return eachOfSeries$1(coll, (x, i, iterCb) => {
    _iteratee(memo, x, (err, v) => {
      memo = v;
      iterCb(err);
    });
  }, (err) => callback(err, memo));
}
function seq(...functions) {
  var _functions = functions.map(wrapAsync);
  return function(...args) {
    var that = this;
    var cb = args[args.length - 1];
    if (typeof cb == "function") {
      args.pop();
    } else {
      cb = promiseCallback();
    }
    reduce$1(
      _functions,
      args,
      (newargs, fn, iterCb) => {
        fn.apply(that, newargs.concat((err, ...nextargs) => {
          iterCb(err, nextargs);
        }));
      },
      (err, results) => cb(err, ...results)
    );
    return cb[PROMISE_SYMBOL];
  };
}
function compose(...args) {
  return seq(...args.reverse());
}
function mapLimit(coll, limit, iteratee, callback) {
  return _asyncMap(eachOfLimit$2(limit), coll, iteratee, callback);
}
function concatLimit(coll, limit, iteratee, callback) {
  var _iteratee = wrapAsync(iteratee);
  return mapLimit$1(coll, limit, (val, iterCb) => {
    _iteratee(val, (err, ...args) => {
      if (err) return iterCb(err);
      return iterCb(err, args);
    });
  }, (err, mapResults) => {
    var result = [];
    for (var i = 0; i < mapResults.length; i++) {
      if (mapResults[i]) {
        result = result.concat(...mapResults[i]);
      }
    }
    return callback(err, result);
  });
}
function concat(coll, iteratee, callback) {
  return concatLimit$1(coll, Infinity, iteratee, callback);
}
function concatSeries(coll, iteratee, callback) {
  return concatLimit$1(coll, 1, iteratee, callback);
}
function constant$1(...args) {
  return function(...ignoredArgs) {
    var callback = ignoredArgs.pop();
    return callback(null, ...args);
  };
}
function _createTester(check, getResult) {
  return (eachfn, arr, _iteratee, cb) => {
    var testPassed = false;
    var testResult;
    const iteratee = wrapAsync(_iteratee);
    eachfn(arr, (value, _, callback) => {
      iteratee(value, (err, result) => {
        if (err || err === false) return callback(err);
        if (check(result) && !testResult) {
          testPassed = true;
          testResult = getResult(true, value);
          return callback(null, breakLoop);
        }
        callback();
      });
    }, (err) => {
      if (err) return cb(err);
      cb(null, testPassed ? testResult : getResult(false));
    });
  };
}
function detect(coll, iteratee, callback) {
  return _createTester((bool) => bool, (res, item) => item)(eachOf$1, coll, iteratee, callback);
}
function detectLimit(coll, limit, iteratee, callback) {
  return _createTester((bool) => bool, (res, item) => item)(eachOfLimit$2(limit), coll, iteratee, callback);
}
function detectSeries(coll, iteratee, callback) {
  return _createTester((bool) => bool, (res, item) => item)(eachOfLimit$2(1), coll, iteratee, callback);
}
function consoleFunc(name) {
  return (fn, ...args) => wrapAsync(fn)(...args, (err, ...resultArgs) => {
    if (typeof console === "object") {
      if (err) {
        if (console.error) {
          console.error(err);
        }
      } else if (console[name]) {
        resultArgs.forEach((x) => console[name](x));
      }
    }
  });
}
function doWhilst(iteratee, test, callback) {
  callback = onlyOnce(callback);
  var _fn = wrapAsync(iteratee);
  var _test = wrapAsync(test);
  var results;
  function next(err, ...args) {
    if (err) return callback(err);
    if (err === false) return;
    results = args;
    _test(...args, check);
  }
  function check(err, truth) {
    if (err) return callback(err);
    if (err === false) return;
    if (!truth) return callback(null, ...results);
    _fn(next);
  }
  return check(null, true);
}
function doUntil(iteratee, test, callback) {
  const _test = wrapAsync(test);
  return doWhilst$1(iteratee, (...args) => {
    const cb = args.pop();
    _test(...args, (err, truth) => cb(err, !truth));
  }, callback);
}
function _withoutIndex(iteratee) {
  return (value, index2, callback) => iteratee(value, callback);
}
function eachLimit$2(coll, iteratee, callback) {
  return eachOf$1(coll, _withoutIndex(wrapAsync(iteratee)), callback);
}
function eachLimit(coll, limit, iteratee, callback) {
  return eachOfLimit$2(limit)(coll, _withoutIndex(wrapAsync(iteratee)), callback);
}
function eachSeries(coll, iteratee, callback) {
  return eachLimit$1(coll, 1, iteratee, callback);
}
function ensureAsync(fn) {
  if (isAsync(fn)) return fn;
  return function(...args) {
    var callback = args.pop();
    var sync = true;
    args.push((...innerArgs) => {
      if (sync) {
        setImmediate$1(() => callback(...innerArgs));
      } else {
        callback(...innerArgs);
      }
    });
    fn.apply(this, args);
    sync = false;
  };
}
function every(coll, iteratee, callback) {
  return _createTester((bool) => !bool, (res) => !res)(eachOf$1, coll, iteratee, callback);
}
function everyLimit(coll, limit, iteratee, callback) {
  return _createTester((bool) => !bool, (res) => !res)(eachOfLimit$2(limit), coll, iteratee, callback);
}
function everySeries(coll, iteratee, callback) {
  return _createTester((bool) => !bool, (res) => !res)(eachOfSeries$1, coll, iteratee, callback);
}
function filterArray(eachfn, arr, iteratee, callback) {
  var truthValues = new Array(arr.length);
  eachfn(arr, (x, index2, iterCb) => {
    iteratee(x, (err, v) => {
      truthValues[index2] = !!v;
      iterCb(err);
    });
  }, (err) => {
    if (err) return callback(err);
    var results = [];
    for (var i = 0; i < arr.length; i++) {
      if (truthValues[i]) results.push(arr[i]);
    }
    callback(null, results);
  });
}
function filterGeneric(eachfn, coll, iteratee, callback) {
  var results = [];
  eachfn(coll, (x, index2, iterCb) => {
    iteratee(x, (err, v) => {
      if (err) return iterCb(err);
      if (v) {
        results.push({ index: index2, value: x });
      }
      iterCb(err);
    });
  }, (err) => {
    if (err) return callback(err);
    callback(null, results.sort((a, b) => a.index - b.index).map((v) => v.value));
  });
}
function _filter(eachfn, coll, iteratee, callback) {
  var filter2 = isArrayLike(coll) ? filterArray : filterGeneric;
  return filter2(eachfn, coll, wrapAsync(iteratee), callback);
}
function filter(coll, iteratee, callback) {
  return _filter(eachOf$1, coll, iteratee, callback);
}
function filterLimit(coll, limit, iteratee, callback) {
  return _filter(eachOfLimit$2(limit), coll, iteratee, callback);
}
function filterSeries(coll, iteratee, callback) {
  return _filter(eachOfSeries$1, coll, iteratee, callback);
}
function forever(fn, errback) {
  var done = onlyOnce(errback);
  var task = wrapAsync(ensureAsync(fn));
  function next(err) {
    if (err) return done(err);
    if (err === false) return;
    task(next);
  }
  return next();
}
function groupByLimit(coll, limit, iteratee, callback) {
  var _iteratee = wrapAsync(iteratee);
  return mapLimit$1(coll, limit, (val, iterCb) => {
    _iteratee(val, (err, key) => {
      if (err) return iterCb(err);
      return iterCb(err, { key, val });
    });
  }, (err, mapResults) => {
    var result = {};
    var { hasOwnProperty } = Object.prototype;
    for (var i = 0; i < mapResults.length; i++) {
      if (mapResults[i]) {
        var { key } = mapResults[i];
        var { val } = mapResults[i];
        if (hasOwnProperty.call(result, key)) {
          result[key].push(val);
        } else {
          result[key] = [val];
        }
      }
    }
    return callback(err, result);
  });
}
function groupBy(coll, iteratee, callback) {
  return groupByLimit$1(coll, Infinity, iteratee, callback);
}
function groupBySeries(coll, iteratee, callback) {
  return groupByLimit$1(coll, 1, iteratee, callback);
}
function mapValuesLimit(obj, limit, iteratee, callback) {
  callback = once(callback);
  var newObj = {};
  var _iteratee = wrapAsync(iteratee);
  return eachOfLimit$2(limit)(obj, (val, key, next) => {
    _iteratee(val, key, (err, result) => {
      if (err) return next(err);
      newObj[key] = result;
      next(err);
    });
  }, (err) => callback(err, newObj));
}
function mapValues(obj, iteratee, callback) {
  return mapValuesLimit$1(obj, Infinity, iteratee, callback);
}
function mapValuesSeries(obj, iteratee, callback) {
  return mapValuesLimit$1(obj, 1, iteratee, callback);
}
function memoize(fn, hasher = (v) => v) {
  var memo = /* @__PURE__ */ Object.create(null);
  var queues = /* @__PURE__ */ Object.create(null);
  var _fn = wrapAsync(fn);
  var memoized = initialParams((args, callback) => {
    var key = hasher(...args);
    if (key in memo) {
      setImmediate$1(() => callback(null, ...memo[key]));
    } else if (key in queues) {
      queues[key].push(callback);
    } else {
      queues[key] = [callback];
      _fn(...args, (err, ...resultArgs) => {
        if (!err) {
          memo[key] = resultArgs;
        }
        var q = queues[key];
        delete queues[key];
        for (var i = 0, l = q.length; i < l; i++) {
          q[i](err, ...resultArgs);
        }
      });
    }
  });
  memoized.memo = memo;
  memoized.unmemoized = fn;
  return memoized;
}
function parallel(tasks, callback) {
  return _parallel(eachOf$1, tasks, callback);
}
function parallelLimit(tasks, limit, callback) {
  return _parallel(eachOfLimit$2(limit), tasks, callback);
}
function queue(worker, concurrency) {
  var _worker = wrapAsync(worker);
  return queue$1((items, cb) => {
    _worker(items[0], cb);
  }, concurrency, 1);
}
function leftChi(i) {
  return (i << 1) + 1;
}
function parent(i) {
  return (i + 1 >> 1) - 1;
}
function smaller(x, y) {
  if (x.priority !== y.priority) {
    return x.priority < y.priority;
  } else {
    return x.pushCount < y.pushCount;
  }
}
function priorityQueue(worker, concurrency) {
  var q = queue(worker, concurrency);
  var {
    push,
    pushAsync
  } = q;
  q._tasks = new Heap();
  q._createTaskItem = ({ data, priority }, callback) => {
    return {
      data,
      priority,
      callback
    };
  };
  function createDataItems(tasks, priority) {
    if (!Array.isArray(tasks)) {
      return { data: tasks, priority };
    }
    return tasks.map((data) => {
      return { data, priority };
    });
  }
  q.push = function(data, priority = 0, callback) {
    return push(createDataItems(data, priority), callback);
  };
  q.pushAsync = function(data, priority = 0, callback) {
    return pushAsync(createDataItems(data, priority), callback);
  };
  delete q.unshift;
  delete q.unshiftAsync;
  return q;
}
function race(tasks, callback) {
  callback = once(callback);
  if (!Array.isArray(tasks)) return callback(new TypeError("First argument to race must be an array of functions"));
  if (!tasks.length) return callback();
  for (var i = 0, l = tasks.length; i < l; i++) {
    wrapAsync(tasks[i])(callback);
  }
}
function reduceRight(array, memo, iteratee, callback) {
  var reversed = [...array].reverse();
  return reduce$1(reversed, memo, iteratee, callback);
}
function reflect(fn) {
  var _fn = wrapAsync(fn);
  return initialParams(function reflectOn(args, reflectCallback) {
    args.push((error, ...cbArgs) => {
      let retVal = {};
      if (error) {
        retVal.error = error;
      }
      if (cbArgs.length > 0) {
        var value = cbArgs;
        if (cbArgs.length <= 1) {
          [value] = cbArgs;
        }
        retVal.value = value;
      }
      reflectCallback(null, retVal);
    });
    return _fn.apply(this, args);
  });
}
function reflectAll(tasks) {
  var results;
  if (Array.isArray(tasks)) {
    results = tasks.map(reflect);
  } else {
    results = {};
    Object.keys(tasks).forEach((key) => {
      results[key] = reflect.call(this, tasks[key]);
    });
  }
  return results;
}
function reject$2(eachfn, arr, _iteratee, callback) {
  const iteratee = wrapAsync(_iteratee);
  return _filter(eachfn, arr, (value, cb) => {
    iteratee(value, (err, v) => {
      cb(err, !v);
    });
  }, callback);
}
function reject(coll, iteratee, callback) {
  return reject$2(eachOf$1, coll, iteratee, callback);
}
function rejectLimit(coll, limit, iteratee, callback) {
  return reject$2(eachOfLimit$2(limit), coll, iteratee, callback);
}
function rejectSeries(coll, iteratee, callback) {
  return reject$2(eachOfSeries$1, coll, iteratee, callback);
}
function constant(value) {
  return function() {
    return value;
  };
}
function retry(opts, task, callback) {
  var options = {
    times: DEFAULT_TIMES,
    intervalFunc: constant(DEFAULT_INTERVAL)
  };
  if (arguments.length < 3 && typeof opts === "function") {
    callback = task || promiseCallback();
    task = opts;
  } else {
    parseTimes(options, opts);
    callback = callback || promiseCallback();
  }
  if (typeof task !== "function") {
    throw new Error("Invalid arguments for async.retry");
  }
  var _task = wrapAsync(task);
  var attempt = 1;
  function retryAttempt() {
    _task((err, ...args) => {
      if (err === false) return;
      if (err && attempt++ < options.times && (typeof options.errorFilter != "function" || options.errorFilter(err))) {
        setTimeout(retryAttempt, options.intervalFunc(attempt - 1));
      } else {
        callback(err, ...args);
      }
    });
  }
  retryAttempt();
  return callback[PROMISE_SYMBOL];
}
function parseTimes(acc, t) {
  if (typeof t === "object") {
    acc.times = +t.times || DEFAULT_TIMES;
    acc.intervalFunc = typeof t.interval === "function" ? t.interval : constant(+t.interval || DEFAULT_INTERVAL);
    acc.errorFilter = t.errorFilter;
  } else if (typeof t === "number" || typeof t === "string") {
    acc.times = +t || DEFAULT_TIMES;
  } else {
    throw new Error("Invalid arguments for async.retry");
  }
}
function retryable(opts, task) {
  if (!task) {
    task = opts;
    opts = null;
  }
  let arity = opts && opts.arity || task.length;
  if (isAsync(task)) {
    arity += 1;
  }
  var _task = wrapAsync(task);
  return initialParams((args, callback) => {
    if (args.length < arity - 1 || callback == null) {
      args.push(callback);
      callback = promiseCallback();
    }
    function taskFn(cb) {
      _task(...args, cb);
    }
    if (opts) retry(opts, taskFn, callback);
    else retry(taskFn, callback);
    return callback[PROMISE_SYMBOL];
  });
}
function series(tasks, callback) {
  return _parallel(eachOfSeries$1, tasks, callback);
}
function some(coll, iteratee, callback) {
  return _createTester(Boolean, (res) => res)(eachOf$1, coll, iteratee, callback);
}
function someLimit(coll, limit, iteratee, callback) {
  return _createTester(Boolean, (res) => res)(eachOfLimit$2(limit), coll, iteratee, callback);
}
function someSeries(coll, iteratee, callback) {
  return _createTester(Boolean, (res) => res)(eachOfSeries$1, coll, iteratee, callback);
}
function sortBy(coll, iteratee, callback) {
  var _iteratee = wrapAsync(iteratee);
  return map$1(coll, (x, iterCb) => {
    _iteratee(x, (err, criteria) => {
      if (err) return iterCb(err);
      iterCb(err, { value: x, criteria });
    });
  }, (err, results) => {
    if (err) return callback(err);
    callback(null, results.sort(comparator).map((v) => v.value));
  });
  function comparator(left, right) {
    var a = left.criteria, b = right.criteria;
    return a < b ? -1 : a > b ? 1 : 0;
  }
}
function timeout(asyncFn, milliseconds, info) {
  var fn = wrapAsync(asyncFn);
  return initialParams((args, callback) => {
    var timedOut = false;
    var timer;
    function timeoutCallback() {
      var name = asyncFn.name || "anonymous";
      var error = new Error('Callback function "' + name + '" timed out.');
      error.code = "ETIMEDOUT";
      if (info) {
        error.info = info;
      }
      timedOut = true;
      callback(error);
    }
    args.push((...cbArgs) => {
      if (!timedOut) {
        callback(...cbArgs);
        clearTimeout(timer);
      }
    });
    timer = setTimeout(timeoutCallback, milliseconds);
    fn(...args);
  });
}
function range(size) {
  var result = Array(size);
  while (size--) {
    result[size] = size;
  }
  return result;
}
function timesLimit(count, limit, iteratee, callback) {
  var _iteratee = wrapAsync(iteratee);
  return mapLimit$1(range(count), limit, _iteratee, callback);
}
function times(n, iteratee, callback) {
  return timesLimit(n, Infinity, iteratee, callback);
}
function timesSeries(n, iteratee, callback) {
  return timesLimit(n, 1, iteratee, callback);
}
function transform(coll, accumulator, iteratee, callback) {
  if (arguments.length <= 3 && typeof accumulator === "function") {
    callback = iteratee;
    iteratee = accumulator;
    accumulator = Array.isArray(coll) ? [] : {};
  }
  callback = once(callback || promiseCallback());
  var _iteratee = wrapAsync(iteratee);
  eachOf$1(coll, (v, k, cb) => {
    _iteratee(accumulator, v, k, cb);
  }, (err) => callback(err, accumulator));
  return callback[PROMISE_SYMBOL];
}
function tryEach(tasks, callback) {
  var error = null;
  var result;
  return eachSeries$1(tasks, (task, taskCb) => {
    wrapAsync(task)((err, ...args) => {
      if (err === false) return taskCb(err);
      if (args.length < 2) {
        [result] = args;
      } else {
        result = args;
      }
      error = err;
      taskCb(err ? null : {});
    });
  }, () => callback(error, result));
}
function unmemoize(fn) {
  return (...args) => {
    return (fn.unmemoized || fn)(...args);
  };
}
function whilst(test, iteratee, callback) {
  callback = onlyOnce(callback);
  var _fn = wrapAsync(iteratee);
  var _test = wrapAsync(test);
  var results = [];
  function next(err, ...rest) {
    if (err) return callback(err);
    results = rest;
    if (err === false) return;
    _test(check);
  }
  function check(err, truth) {
    if (err) return callback(err);
    if (err === false) return;
    if (!truth) return callback(null, ...results);
    _fn(next);
  }
  return _test(check);
}
function until(test, iteratee, callback) {
  const _test = wrapAsync(test);
  return whilst$1((cb) => _test((err, truth) => cb(err, !truth)), iteratee, callback);
}
function waterfall(tasks, callback) {
  callback = once(callback);
  if (!Array.isArray(tasks)) return callback(new Error("First argument to waterfall must be an array of functions"));
  if (!tasks.length) return callback();
  var taskIndex = 0;
  function nextTask(args) {
    var task = wrapAsync(tasks[taskIndex++]);
    task(...args, onlyOnce(next));
  }
  function next(err, ...args) {
    if (err === false) return;
    if (err || taskIndex === tasks.length) {
      return callback(err, ...args);
    }
    nextTask(args);
  }
  nextTask([]);
}
var hasQueueMicrotask, hasSetImmediate, hasNextTick, _defer$1, setImmediate$1, breakLoop, eachOfLimit$2, eachOfLimit$1, eachOf$1, map$1, applyEach, eachOfSeries$1, mapSeries$1, applyEachSeries, PROMISE_SYMBOL, FN_ARGS, ARROW_FN_ARGS, FN_ARG_SPLIT, FN_ARG, DLL, reduce$1, mapLimit$1, concatLimit$1, concat$1, concatSeries$1, detect$1, detectLimit$1, detectSeries$1, dir, doWhilst$1, each, eachLimit$1, eachSeries$1, every$1, everyLimit$1, everySeries$1, filter$1, filterLimit$1, filterSeries$1, forever$1, groupByLimit$1, log, mapValuesLimit$1, _defer, nextTick, _parallel, Heap, race$1, reject$1, rejectLimit$1, rejectSeries$1, DEFAULT_TIMES, DEFAULT_INTERVAL, some$1, someLimit$1, someSeries$1, sortBy$1, tryEach$1, whilst$1, waterfall$1, index;
var init_async = __esm({
  "../../node_modules/async/dist/async.mjs"() {
    hasQueueMicrotask = typeof queueMicrotask === "function" && queueMicrotask;
    hasSetImmediate = typeof setImmediate === "function" && setImmediate;
    hasNextTick = typeof process === "object" && typeof process.nextTick === "function";
    if (hasQueueMicrotask) {
      _defer$1 = queueMicrotask;
    } else if (hasSetImmediate) {
      _defer$1 = setImmediate;
    } else if (hasNextTick) {
      _defer$1 = process.nextTick;
    } else {
      _defer$1 = fallback;
    }
    setImmediate$1 = wrap(_defer$1);
    breakLoop = {};
    eachOfLimit$2 = (limit) => {
      return (obj, iteratee, callback) => {
        callback = once(callback);
        if (limit <= 0) {
          throw new RangeError("concurrency limit cannot be less than 1");
        }
        if (!obj) {
          return callback(null);
        }
        if (isAsyncGenerator(obj)) {
          return asyncEachOfLimit(obj, limit, iteratee, callback);
        }
        if (isAsyncIterable(obj)) {
          return asyncEachOfLimit(obj[Symbol.asyncIterator](), limit, iteratee, callback);
        }
        var nextElem = createIterator(obj);
        var done = false;
        var canceled = false;
        var running = 0;
        var looping = false;
        function iterateeCallback(err, value) {
          if (canceled) return;
          running -= 1;
          if (err) {
            done = true;
            callback(err);
          } else if (err === false) {
            done = true;
            canceled = true;
          } else if (value === breakLoop || done && running <= 0) {
            done = true;
            return callback(null);
          } else if (!looping) {
            replenish();
          }
        }
        function replenish() {
          looping = true;
          while (running < limit && !done) {
            var elem = nextElem();
            if (elem === null) {
              done = true;
              if (running <= 0) {
                callback(null);
              }
              return;
            }
            running += 1;
            iteratee(elem.value, elem.key, onlyOnce(iterateeCallback));
          }
          looping = false;
        }
        replenish();
      };
    };
    eachOfLimit$1 = awaitify(eachOfLimit, 4);
    eachOf$1 = awaitify(eachOf, 3);
    map$1 = awaitify(map, 3);
    applyEach = applyEach$1(map$1);
    eachOfSeries$1 = awaitify(eachOfSeries, 3);
    mapSeries$1 = awaitify(mapSeries, 3);
    applyEachSeries = applyEach$1(mapSeries$1);
    PROMISE_SYMBOL = /* @__PURE__ */ Symbol("promiseCallback");
    FN_ARGS = /^(?:async\s)?(?:function)?\s*(?:\w+\s*)?\(([^)]+)\)(?:\s*{)/;
    ARROW_FN_ARGS = /^(?:async\s)?\s*(?:\(\s*)?((?:[^)=\s]\s*)*)(?:\)\s*)?=>/;
    FN_ARG_SPLIT = /,/;
    FN_ARG = /(=.+)?(\s*)$/;
    DLL = class {
      constructor() {
        this.head = this.tail = null;
        this.length = 0;
      }
      removeLink(node) {
        if (node.prev) node.prev.next = node.next;
        else this.head = node.next;
        if (node.next) node.next.prev = node.prev;
        else this.tail = node.prev;
        node.prev = node.next = null;
        this.length -= 1;
        return node;
      }
      empty() {
        while (this.head) this.shift();
        return this;
      }
      insertAfter(node, newNode) {
        newNode.prev = node;
        newNode.next = node.next;
        if (node.next) node.next.prev = newNode;
        else this.tail = newNode;
        node.next = newNode;
        this.length += 1;
      }
      insertBefore(node, newNode) {
        newNode.prev = node.prev;
        newNode.next = node;
        if (node.prev) node.prev.next = newNode;
        else this.head = newNode;
        node.prev = newNode;
        this.length += 1;
      }
      unshift(node) {
        if (this.head) this.insertBefore(this.head, node);
        else setInitial(this, node);
      }
      push(node) {
        if (this.tail) this.insertAfter(this.tail, node);
        else setInitial(this, node);
      }
      shift() {
        return this.head && this.removeLink(this.head);
      }
      pop() {
        return this.tail && this.removeLink(this.tail);
      }
      toArray() {
        return [...this];
      }
      *[Symbol.iterator]() {
        var cur = this.head;
        while (cur) {
          yield cur.data;
          cur = cur.next;
        }
      }
      remove(testFn) {
        var curr = this.head;
        while (curr) {
          var { next } = curr;
          if (testFn(curr)) {
            this.removeLink(curr);
          }
          curr = next;
        }
        return this;
      }
    };
    reduce$1 = awaitify(reduce, 4);
    mapLimit$1 = awaitify(mapLimit, 4);
    concatLimit$1 = awaitify(concatLimit, 4);
    concat$1 = awaitify(concat, 3);
    concatSeries$1 = awaitify(concatSeries, 3);
    detect$1 = awaitify(detect, 3);
    detectLimit$1 = awaitify(detectLimit, 4);
    detectSeries$1 = awaitify(detectSeries, 3);
    dir = consoleFunc("dir");
    doWhilst$1 = awaitify(doWhilst, 3);
    each = awaitify(eachLimit$2, 3);
    eachLimit$1 = awaitify(eachLimit, 4);
    eachSeries$1 = awaitify(eachSeries, 3);
    every$1 = awaitify(every, 3);
    everyLimit$1 = awaitify(everyLimit, 4);
    everySeries$1 = awaitify(everySeries, 3);
    filter$1 = awaitify(filter, 3);
    filterLimit$1 = awaitify(filterLimit, 4);
    filterSeries$1 = awaitify(filterSeries, 3);
    forever$1 = awaitify(forever, 2);
    groupByLimit$1 = awaitify(groupByLimit, 4);
    log = consoleFunc("log");
    mapValuesLimit$1 = awaitify(mapValuesLimit, 4);
    if (hasNextTick) {
      _defer = process.nextTick;
    } else if (hasSetImmediate) {
      _defer = setImmediate;
    } else {
      _defer = fallback;
    }
    nextTick = wrap(_defer);
    _parallel = awaitify((eachfn, tasks, callback) => {
      var results = isArrayLike(tasks) ? [] : {};
      eachfn(tasks, (task, key, taskCb) => {
        wrapAsync(task)((err, ...result) => {
          if (result.length < 2) {
            [result] = result;
          }
          results[key] = result;
          taskCb(err);
        });
      }, (err) => callback(err, results));
    }, 3);
    Heap = class {
      constructor() {
        this.heap = [];
        this.pushCount = Number.MIN_SAFE_INTEGER;
      }
      get length() {
        return this.heap.length;
      }
      empty() {
        this.heap = [];
        return this;
      }
      percUp(index2) {
        let p;
        while (index2 > 0 && smaller(this.heap[index2], this.heap[p = parent(index2)])) {
          let t = this.heap[index2];
          this.heap[index2] = this.heap[p];
          this.heap[p] = t;
          index2 = p;
        }
      }
      percDown(index2) {
        let l;
        while ((l = leftChi(index2)) < this.heap.length) {
          if (l + 1 < this.heap.length && smaller(this.heap[l + 1], this.heap[l])) {
            l = l + 1;
          }
          if (smaller(this.heap[index2], this.heap[l])) {
            break;
          }
          let t = this.heap[index2];
          this.heap[index2] = this.heap[l];
          this.heap[l] = t;
          index2 = l;
        }
      }
      push(node) {
        node.pushCount = ++this.pushCount;
        this.heap.push(node);
        this.percUp(this.heap.length - 1);
      }
      unshift(node) {
        return this.heap.push(node);
      }
      shift() {
        let [top] = this.heap;
        this.heap[0] = this.heap[this.heap.length - 1];
        this.heap.pop();
        this.percDown(0);
        return top;
      }
      toArray() {
        return [...this];
      }
      *[Symbol.iterator]() {
        for (let i = 0; i < this.heap.length; i++) {
          yield this.heap[i].data;
        }
      }
      remove(testFn) {
        let j = 0;
        for (let i = 0; i < this.heap.length; i++) {
          if (!testFn(this.heap[i])) {
            this.heap[j] = this.heap[i];
            j++;
          }
        }
        this.heap.splice(j);
        for (let i = parent(this.heap.length - 1); i >= 0; i--) {
          this.percDown(i);
        }
        return this;
      }
    };
    race$1 = awaitify(race, 2);
    reject$1 = awaitify(reject, 3);
    rejectLimit$1 = awaitify(rejectLimit, 4);
    rejectSeries$1 = awaitify(rejectSeries, 3);
    DEFAULT_TIMES = 5;
    DEFAULT_INTERVAL = 0;
    some$1 = awaitify(some, 3);
    someLimit$1 = awaitify(someLimit, 4);
    someSeries$1 = awaitify(someSeries, 3);
    sortBy$1 = awaitify(sortBy, 3);
    tryEach$1 = awaitify(tryEach);
    whilst$1 = awaitify(whilst, 3);
    waterfall$1 = awaitify(waterfall);
    index = {
      apply,
      applyEach,
      applyEachSeries,
      asyncify,
      auto,
      autoInject,
      cargo: cargo$1,
      cargoQueue: cargo,
      compose,
      concat: concat$1,
      concatLimit: concatLimit$1,
      concatSeries: concatSeries$1,
      constant: constant$1,
      detect: detect$1,
      detectLimit: detectLimit$1,
      detectSeries: detectSeries$1,
      dir,
      doUntil,
      doWhilst: doWhilst$1,
      each,
      eachLimit: eachLimit$1,
      eachOf: eachOf$1,
      eachOfLimit: eachOfLimit$1,
      eachOfSeries: eachOfSeries$1,
      eachSeries: eachSeries$1,
      ensureAsync,
      every: every$1,
      everyLimit: everyLimit$1,
      everySeries: everySeries$1,
      filter: filter$1,
      filterLimit: filterLimit$1,
      filterSeries: filterSeries$1,
      forever: forever$1,
      groupBy,
      groupByLimit: groupByLimit$1,
      groupBySeries,
      log,
      map: map$1,
      mapLimit: mapLimit$1,
      mapSeries: mapSeries$1,
      mapValues,
      mapValuesLimit: mapValuesLimit$1,
      mapValuesSeries,
      memoize,
      nextTick,
      parallel,
      parallelLimit,
      priorityQueue,
      queue,
      race: race$1,
      reduce: reduce$1,
      reduceRight,
      reflect,
      reflectAll,
      reject: reject$1,
      rejectLimit: rejectLimit$1,
      rejectSeries: rejectSeries$1,
      retry,
      retryable,
      seq,
      series,
      setImmediate: setImmediate$1,
      some: some$1,
      someLimit: someLimit$1,
      someSeries: someSeries$1,
      sortBy: sortBy$1,
      timeout,
      times,
      timesLimit,
      timesSeries,
      transform,
      tryEach: tryEach$1,
      unmemoize,
      until,
      waterfall: waterfall$1,
      whilst: whilst$1,
      // aliases
      all: every$1,
      allLimit: everyLimit$1,
      allSeries: everySeries$1,
      any: some$1,
      anyLimit: someLimit$1,
      anySeries: someSeries$1,
      find: detect$1,
      findLimit: detectLimit$1,
      findSeries: detectSeries$1,
      flatMap: concat$1,
      flatMapLimit: concatLimit$1,
      flatMapSeries: concatSeries$1,
      forEach: each,
      forEachSeries: eachSeries$1,
      forEachLimit: eachLimit$1,
      forEachOf: eachOf$1,
      forEachOfSeries: eachOfSeries$1,
      forEachOfLimit: eachOfLimit$1,
      inject: reduce$1,
      foldl: reduce$1,
      foldr: reduceRight,
      select: filter$1,
      selectLimit: filterLimit$1,
      selectSeries: filterSeries$1,
      wrapSync: asyncify,
      during: whilst$1,
      doDuring: doWhilst$1
    };
  }
});

// ../../node_modules/lazy/lazy.js
var require_lazy = __commonJS({
  "../../node_modules/lazy/lazy.js"(exports, module) {
    var EventEmitter2 = __require("events").EventEmitter;
    var util = __require("util");
    var stream = __require("stream");
    function Lazy(em, opts) {
      if (!(this instanceof Lazy)) return new Lazy(em, opts);
      EventEmitter2.call(this);
      var self = this;
      self.once = function(name, f) {
        self.on(name, function g() {
          self.removeListener(name, g);
          f.apply(this, arguments);
        });
      };
      if (!opts) opts = {};
      var dataName = opts.data || "data";
      var pipeName = opts.pipe || "pipe";
      var endName = opts.pipe || "end";
      if (pipeName != endName) {
        var piped = false;
        self.once(pipeName, function() {
          piped = true;
        });
        self.once(endName, function() {
          if (!piped) self.emit(pipeName);
        });
      }
      self.push = function(x) {
        self.emit(dataName, x);
      };
      self.end = function() {
        self.emit(endName);
      };
      if (em && em.on) {
        em.on(endName, function() {
          self.emit(endName);
        });
        self.on(pipeName, function() {
          em.emit(pipeName);
        });
        if (stream.Duplex && em instanceof stream) {
          em.on("readable", function() {
            var x = em.read();
            self.emit(dataName, x);
          });
        } else {
          em.on(dataName, function(x) {
            self.emit(dataName, x);
          });
        }
      }
      function newLazy(g, h, l) {
        if (!g) {
          g = function() {
            return true;
          };
        }
        if (!h) {
          h = function(x) {
            return x;
          };
        }
        var lazy = new Lazy(null, opts, l);
        self.on(dataName, function(x, y) {
          if (g.call(lazy, x)) {
            lazy.emit(dataName, h(x), y);
          }
        });
        self.once(pipeName, function() {
          lazy.emit(pipeName);
        });
        return lazy;
      }
      self.filter = function(f) {
        return newLazy(function(x) {
          return f(x);
        });
      };
      self.forEach = function(f) {
        return newLazy(function(x) {
          f(x);
          return true;
        });
      };
      self.map = function(f) {
        return newLazy(
          function() {
            return true;
          },
          function(x) {
            return f(x);
          }
        );
      };
      self.head = function(f) {
        var lazy = newLazy();
        lazy.on(dataName, function g(x) {
          f(x);
          lazy.removeListener(dataName, g);
        });
      };
      self.tail = function() {
        var skip = true;
        return newLazy(function() {
          if (skip) {
            skip = false;
            return false;
          }
          return true;
        });
      };
      self.skip = function(n) {
        return newLazy(function() {
          if (n > 0) {
            n--;
            return false;
          }
          return true;
        });
      };
      self.take = function(n) {
        return newLazy(function() {
          if (n == 0) self.emit(pipeName);
          return n-- > 0;
        });
      };
      self.takeWhile = function(f) {
        var cond = true;
        return newLazy(function(x) {
          if (cond && f(x)) return true;
          cond = false;
          self.emit(pipeName);
          return false;
        });
      };
      self.foldr = function(op, i, f) {
        var acc = i;
        var lazy = newLazy();
        lazy.on(dataName, function g(x) {
          acc = op(x, acc);
        });
        lazy.once(pipeName, function() {
          f(acc);
        });
      };
      self.sum = function(f) {
        return self.foldr(function(x, acc) {
          return x + acc;
        }, 0, f);
      };
      self.product = function(f) {
        return self.foldr(function(x, acc) {
          return x * acc;
        }, 1, f);
      };
      self.join = function(f) {
        var data = [];
        var lazy = newLazy(function(x) {
          data.push(x);
          return true;
        });
        lazy.once(pipeName, function() {
          f(data);
        });
        return self;
      };
      self.bucket = function(init, f) {
        var lazy = new Lazy(null, opts);
        var yieldTo = function(x) {
          lazy.emit(dataName, x);
        };
        var acc = init;
        self.on(dataName, function(x) {
          acc = f.call(yieldTo, acc, x);
        });
        self.once(pipeName, function() {
          lazy.emit(pipeName);
        });
        self.once(endName, function() {
          var finalBuffer = mergeBuffers(acc);
          if (finalBuffer) {
            yieldTo(finalBuffer);
          }
        });
        return lazy;
      };
      self.__defineGetter__("lines", function() {
        return self.bucket([], function(chunkArray, chunk) {
          var newline = "\n".charCodeAt(0), lastNewLineIndex = 0;
          if (typeof chunk === "string") chunk = new Buffer(chunk);
          if (chunk) {
            for (var i = 0; i < chunk.length; i++) {
              if (chunk[i] === newline) {
                if (i > 0) {
                  chunkArray.push(chunk.slice(lastNewLineIndex, i));
                }
                this(mergeBuffers(chunkArray));
                lastNewLineIndex = i + 1;
              }
            }
          }
          if (lastNewLineIndex > 0) {
            if (lastNewLineIndex < chunk.length) {
              chunkArray.push(chunk.slice(lastNewLineIndex));
            }
          } else {
            if (chunk && chunk.length) {
              chunkArray.push(chunk);
            }
          }
          return chunkArray;
        });
      });
    }
    Lazy.range = function() {
      var args = arguments;
      var step = 1;
      var infinite = false;
      if (args.length == 1 && typeof args[0] == "number") {
        var i = 0, j = args[0];
      } else if (args.length == 1 && typeof args[0] == "string") {
        var arg = args[0];
        var startOpen = false, endClosed = false;
        if (arg[0] == "(" || arg[0] == "[") {
          if (arg[0] == "(") startOpen = true;
          arg = arg.slice(1);
        }
        if (arg.slice(-1) == "]") endClosed = true;
        var parts = arg.split("..");
        if (parts.length != 2)
          throw new Error("single argument range takes 'start..' or 'start..end' or 'start,next..end'");
        if (parts[1] == "") {
          var i = parts[0];
          infinite = true;
        } else {
          var progression = parts[0].split(",");
          if (progression.length == 1) {
            var i = parts[0], j = parts[1];
          } else {
            var i = progression[0], j = parts[1];
            step = Math.abs(progression[1] - i);
          }
        }
        i = parseInt(i, 10);
        j = parseInt(j, 10);
        if (startOpen) {
          if (infinite || i < j) i++;
          else i--;
        }
        if (endClosed) {
          if (i < j) j++;
          else j--;
        }
      } else if (args.length == 2 || args.length == 3) {
        var i = args[0], j = args[1];
        if (args.length == 3) {
          var step = args[2];
        }
      } else {
        throw new Error("range takes 1, 2 or 3 arguments");
      }
      var lazy = new Lazy();
      var stopInfinite = false;
      lazy.on("pipe", function() {
        stopInfinite = true;
      });
      if (infinite) {
        process.nextTick(function g() {
          if (stopInfinite) return;
          lazy.emit("data", i++);
          process.nextTick(g);
        });
      } else {
        process.nextTick(function() {
          if (i < j) {
            for (; i < j; i += step) {
              lazy.emit("data", i);
            }
          } else {
            for (; i > j; i -= step) {
              lazy.emit("data", i);
            }
          }
          lazy.emit("end");
        });
      }
      return lazy;
    };
    var mergeBuffers = function mergeBuffers2(buffers) {
      if (!buffers || !Array.isArray(buffers) || !buffers.length) return;
      var finalBufferLength, finalBuffer, currentBuffer, currentSize = 0;
      finalBufferLength = buffers.reduce(function(left, right) {
        return (left.length || left) + (right.length || right);
      }, 0);
      finalBuffer = new Buffer(finalBufferLength);
      while (buffers.length) {
        currentBuffer = buffers.shift();
        currentBuffer.copy(finalBuffer, currentSize);
        currentSize += currentBuffer.length;
      }
      return finalBuffer;
    };
    util.inherits(Lazy, EventEmitter2);
    module.exports = Lazy;
  }
});

// no-disk:level
var require_level = __commonJS({
  "no-disk:level"(exports) {
    exports.Level = class Level {
      constructor() {
        throw new Error("DynamoDB tables on disk are not available in the Action");
      }
    };
  }
});

// ../../node_modules/level-supports/index.js
var require_level_supports = __commonJS({
  "../../node_modules/level-supports/index.js"(exports) {
    "use strict";
    exports.supports = function supports(...manifests) {
      const manifest = manifests.reduce((acc, m) => Object.assign(acc, m), {});
      const implicitSnapshots = manifest.implicitSnapshots || manifest.snapshots || false;
      const explicitSnapshots = manifest.explicitSnapshots || false;
      return Object.assign(manifest, {
        implicitSnapshots,
        explicitSnapshots,
        snapshots: implicitSnapshots,
        has: manifest.has || false,
        permanence: manifest.permanence || false,
        seek: manifest.seek || false,
        createIfMissing: manifest.createIfMissing || false,
        errorIfExists: manifest.errorIfExists || false,
        deferredOpen: manifest.deferredOpen || false,
        streams: manifest.streams || false,
        encodings: Object.assign({}, manifest.encodings),
        events: Object.assign({}, manifest.events),
        additionalMethods: Object.assign({}, manifest.additionalMethods),
        signals: Object.assign({}, manifest.signals)
      });
    };
  }
});

// ../../node_modules/module-error/index.js
var require_module_error = __commonJS({
  "../../node_modules/module-error/index.js"(exports, module) {
    "use strict";
    module.exports = class ModuleError extends Error {
      /**
       * @param {string} message Error message
       * @param {{ code?: string, cause?: Error, expected?: boolean, transient?: boolean }} [options]
       */
      constructor(message, options) {
        super(message || "");
        if (typeof options === "object" && options !== null) {
          if (options.code) this.code = String(options.code);
          if (options.expected) this.expected = true;
          if (options.transient) this.transient = true;
          if (options.cause) this.cause = options.cause;
        }
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, this.constructor);
        }
      }
    };
  }
});

// ../../node_modules/level-transcoder/lib/text-endec.js
var require_text_endec = __commonJS({
  "../../node_modules/level-transcoder/lib/text-endec.js"(exports, module) {
    "use strict";
    var lazy = null;
    module.exports = function() {
      if (lazy === null) {
        lazy = {
          textEncoder: new TextEncoder(),
          textDecoder: new TextDecoder()
        };
      }
      return lazy;
    };
  }
});

// ../../node_modules/level-transcoder/lib/encoding.js
var require_encoding = __commonJS({
  "../../node_modules/level-transcoder/lib/encoding.js"(exports) {
    "use strict";
    var ModuleError = require_module_error();
    var formats = /* @__PURE__ */ new Set(["buffer", "view", "utf8"]);
    var Encoding = class {
      /**
       * @param {IEncoding<TIn,TFormat,TOut>} options
       */
      constructor(options) {
        this.encode = options.encode || this.encode;
        this.decode = options.decode || this.decode;
        this.name = options.name || this.name;
        this.format = options.format || this.format;
        if (typeof this.encode !== "function") {
          throw new TypeError("The 'encode' property must be a function");
        }
        if (typeof this.decode !== "function") {
          throw new TypeError("The 'decode' property must be a function");
        }
        this.encode = this.encode.bind(this);
        this.decode = this.decode.bind(this);
        if (typeof this.name !== "string" || this.name === "") {
          throw new TypeError("The 'name' property must be a string");
        }
        if (typeof this.format !== "string" || !formats.has(this.format)) {
          throw new TypeError("The 'format' property must be one of 'buffer', 'view', 'utf8'");
        }
        if (options.createViewTranscoder) {
          this.createViewTranscoder = options.createViewTranscoder;
        }
        if (options.createBufferTranscoder) {
          this.createBufferTranscoder = options.createBufferTranscoder;
        }
        if (options.createUTF8Transcoder) {
          this.createUTF8Transcoder = options.createUTF8Transcoder;
        }
      }
      get commonName() {
        return (
          /** @type {string} */
          this.name.split("+")[0]
        );
      }
      /** @return {BufferFormat<TIn,TOut>} */
      createBufferTranscoder() {
        throw new ModuleError(`Encoding '${this.name}' cannot be transcoded to 'buffer'`, {
          code: "LEVEL_ENCODING_NOT_SUPPORTED"
        });
      }
      /** @return {ViewFormat<TIn,TOut>} */
      createViewTranscoder() {
        throw new ModuleError(`Encoding '${this.name}' cannot be transcoded to 'view'`, {
          code: "LEVEL_ENCODING_NOT_SUPPORTED"
        });
      }
      /** @return {UTF8Format<TIn,TOut>} */
      createUTF8Transcoder() {
        throw new ModuleError(`Encoding '${this.name}' cannot be transcoded to 'utf8'`, {
          code: "LEVEL_ENCODING_NOT_SUPPORTED"
        });
      }
    };
    exports.Encoding = Encoding;
  }
});

// ../../node_modules/level-transcoder/lib/formats.js
var require_formats = __commonJS({
  "../../node_modules/level-transcoder/lib/formats.js"(exports) {
    "use strict";
    var { Buffer: Buffer2 } = __require("buffer") || {};
    var { Encoding } = require_encoding();
    var textEndec = require_text_endec();
    var BufferFormat = class extends Encoding {
      /**
       * @param {Omit<IEncoding<TIn, Buffer, TOut>, 'format'>} options
       */
      constructor(options) {
        super({ ...options, format: "buffer" });
      }
      /** @override */
      createViewTranscoder() {
        return new ViewFormat({
          encode: this.encode,
          // Buffer is a view (UInt8Array)
          decode: (data) => this.decode(
            Buffer2.from(data.buffer, data.byteOffset, data.byteLength)
          ),
          name: `${this.name}+view`
        });
      }
      /** @override */
      createBufferTranscoder() {
        return this;
      }
    };
    var ViewFormat = class extends Encoding {
      /**
       * @param {Omit<IEncoding<TIn, Uint8Array, TOut>, 'format'>} options
       */
      constructor(options) {
        super({ ...options, format: "view" });
      }
      /** @override */
      createBufferTranscoder() {
        return new BufferFormat({
          encode: (data) => {
            const view = this.encode(data);
            return Buffer2.from(view.buffer, view.byteOffset, view.byteLength);
          },
          decode: this.decode,
          // Buffer is a view (UInt8Array)
          name: `${this.name}+buffer`
        });
      }
      /** @override */
      createViewTranscoder() {
        return this;
      }
    };
    var UTF8Format = class extends Encoding {
      /**
       * @param {Omit<IEncoding<TIn, string, TOut>, 'format'>} options
       */
      constructor(options) {
        super({ ...options, format: "utf8" });
      }
      /** @override */
      createBufferTranscoder() {
        return new BufferFormat({
          encode: (data) => Buffer2.from(this.encode(data), "utf8"),
          decode: (data) => this.decode(data.toString("utf8")),
          name: `${this.name}+buffer`
        });
      }
      /** @override */
      createViewTranscoder() {
        const { textEncoder, textDecoder } = textEndec();
        return new ViewFormat({
          encode: (data) => textEncoder.encode(this.encode(data)),
          decode: (data) => this.decode(textDecoder.decode(data)),
          name: `${this.name}+view`
        });
      }
      /** @override */
      createUTF8Transcoder() {
        return this;
      }
    };
    exports.BufferFormat = BufferFormat;
    exports.ViewFormat = ViewFormat;
    exports.UTF8Format = UTF8Format;
  }
});

// ../../node_modules/level-transcoder/lib/encodings.js
var require_encodings = __commonJS({
  "../../node_modules/level-transcoder/lib/encodings.js"(exports) {
    "use strict";
    var { Buffer: Buffer2 } = __require("buffer") || { Buffer: { isBuffer: () => false } };
    var { textEncoder, textDecoder } = require_text_endec()();
    var { BufferFormat, ViewFormat, UTF8Format } = require_formats();
    var identity = (v) => v;
    exports.utf8 = new UTF8Format({
      encode: function(data) {
        return Buffer2.isBuffer(data) ? data.toString("utf8") : ArrayBuffer.isView(data) ? textDecoder.decode(data) : String(data);
      },
      decode: identity,
      name: "utf8",
      createViewTranscoder() {
        return new ViewFormat({
          encode: function(data) {
            return ArrayBuffer.isView(data) ? data : textEncoder.encode(data);
          },
          decode: function(data) {
            return textDecoder.decode(data);
          },
          name: `${this.name}+view`
        });
      },
      createBufferTranscoder() {
        return new BufferFormat({
          encode: function(data) {
            return Buffer2.isBuffer(data) ? data : ArrayBuffer.isView(data) ? Buffer2.from(data.buffer, data.byteOffset, data.byteLength) : Buffer2.from(String(data), "utf8");
          },
          decode: function(data) {
            return data.toString("utf8");
          },
          name: `${this.name}+buffer`
        });
      }
    });
    exports.json = new UTF8Format({
      encode: JSON.stringify,
      decode: JSON.parse,
      name: "json"
    });
    exports.buffer = new BufferFormat({
      encode: function(data) {
        return Buffer2.isBuffer(data) ? data : ArrayBuffer.isView(data) ? Buffer2.from(data.buffer, data.byteOffset, data.byteLength) : Buffer2.from(String(data), "utf8");
      },
      decode: identity,
      name: "buffer",
      createViewTranscoder() {
        return new ViewFormat({
          encode: function(data) {
            return ArrayBuffer.isView(data) ? data : Buffer2.from(String(data), "utf8");
          },
          decode: function(data) {
            return Buffer2.from(data.buffer, data.byteOffset, data.byteLength);
          },
          name: `${this.name}+view`
        });
      }
    });
    exports.view = new ViewFormat({
      encode: function(data) {
        return ArrayBuffer.isView(data) ? data : textEncoder.encode(data);
      },
      decode: identity,
      name: "view",
      createBufferTranscoder() {
        return new BufferFormat({
          encode: function(data) {
            return Buffer2.isBuffer(data) ? data : ArrayBuffer.isView(data) ? Buffer2.from(data.buffer, data.byteOffset, data.byteLength) : Buffer2.from(String(data), "utf8");
          },
          decode: identity,
          name: `${this.name}+buffer`
        });
      }
    });
    exports.hex = new BufferFormat({
      encode: function(data) {
        return Buffer2.isBuffer(data) ? data : Buffer2.from(String(data), "hex");
      },
      decode: function(buffer) {
        return buffer.toString("hex");
      },
      name: "hex"
    });
    exports.base64 = new BufferFormat({
      encode: function(data) {
        return Buffer2.isBuffer(data) ? data : Buffer2.from(String(data), "base64");
      },
      decode: function(buffer) {
        return buffer.toString("base64");
      },
      name: "base64"
    });
  }
});

// ../../node_modules/level-transcoder/index.js
var require_level_transcoder = __commonJS({
  "../../node_modules/level-transcoder/index.js"(exports) {
    "use strict";
    var ModuleError = require_module_error();
    var encodings = require_encodings();
    var { Encoding } = require_encoding();
    var { BufferFormat, ViewFormat, UTF8Format } = require_formats();
    var kFormats = /* @__PURE__ */ Symbol("formats");
    var kEncodings = /* @__PURE__ */ Symbol("encodings");
    var validFormats = /* @__PURE__ */ new Set(["buffer", "view", "utf8"]);
    var Transcoder = class {
      /**
       * @param {Array<'buffer'|'view'|'utf8'>} formats
       */
      constructor(formats) {
        if (!Array.isArray(formats)) {
          throw new TypeError("The first argument 'formats' must be an array");
        } else if (!formats.every((f) => validFormats.has(f))) {
          throw new TypeError("Format must be one of 'buffer', 'view', 'utf8'");
        }
        this[kEncodings] = /* @__PURE__ */ new Map();
        this[kFormats] = new Set(formats);
        for (const k in encodings) {
          try {
            this.encoding(k);
          } catch (err) {
            if (err.code !== "LEVEL_ENCODING_NOT_SUPPORTED") throw err;
          }
        }
      }
      /**
       * @returns {Array<Encoding<any,T,any>>}
       */
      encodings() {
        return Array.from(new Set(this[kEncodings].values()));
      }
      /**
       * @param {string|MixedEncoding<any, any, any>} encoding
       * @returns {Encoding<any, T, any>}
       */
      encoding(encoding) {
        let resolved = this[kEncodings].get(encoding);
        if (resolved === void 0) {
          if (typeof encoding === "string" && encoding !== "") {
            resolved = lookup[encoding];
            if (!resolved) {
              throw new ModuleError(`Encoding '${encoding}' is not found`, {
                code: "LEVEL_ENCODING_NOT_FOUND"
              });
            }
          } else if (typeof encoding !== "object" || encoding === null) {
            throw new TypeError("First argument 'encoding' must be a string or object");
          } else {
            resolved = from(encoding);
          }
          const { name, format } = resolved;
          if (!this[kFormats].has(format)) {
            if (this[kFormats].has("view")) {
              resolved = resolved.createViewTranscoder();
            } else if (this[kFormats].has("buffer")) {
              resolved = resolved.createBufferTranscoder();
            } else if (this[kFormats].has("utf8")) {
              resolved = resolved.createUTF8Transcoder();
            } else {
              throw new ModuleError(`Encoding '${name}' cannot be transcoded`, {
                code: "LEVEL_ENCODING_NOT_SUPPORTED"
              });
            }
          }
          for (const k of [encoding, name, resolved.name, resolved.commonName]) {
            this[kEncodings].set(k, resolved);
          }
        }
        return resolved;
      }
    };
    exports.Transcoder = Transcoder;
    function from(options) {
      if (options instanceof Encoding) {
        return options;
      }
      const maybeType = "type" in options && typeof options.type === "string" ? options.type : void 0;
      const name = options.name || maybeType || `anonymous-${anonymousCount++}`;
      switch (detectFormat(options)) {
        case "view":
          return new ViewFormat({ ...options, name });
        case "utf8":
          return new UTF8Format({ ...options, name });
        case "buffer":
          return new BufferFormat({ ...options, name });
        default: {
          throw new TypeError("Format must be one of 'buffer', 'view', 'utf8'");
        }
      }
    }
    function detectFormat(options) {
      if ("format" in options && options.format !== void 0) {
        return options.format;
      } else if ("buffer" in options && typeof options.buffer === "boolean") {
        return options.buffer ? "buffer" : "utf8";
      } else if ("code" in options && Number.isInteger(options.code)) {
        return "view";
      } else {
        return "buffer";
      }
    }
    var aliases = {
      binary: encodings.buffer,
      "utf-8": encodings.utf8
    };
    var lookup = {
      ...encodings,
      ...aliases
    };
    var anonymousCount = 0;
  }
});

// ../../node_modules/maybe-combine-errors/index.js
var require_maybe_combine_errors = __commonJS({
  "../../node_modules/maybe-combine-errors/index.js"(exports, module) {
    "use strict";
    var kErrors = /* @__PURE__ */ Symbol("kErrors");
    module.exports = function(errors) {
      errors = errors.filter(defined);
      if (errors.length === 0) return;
      if (errors.length === 1) return errors[0];
      return new CombinedError(errors);
    };
    var CombinedError = class extends Error {
      constructor(errors) {
        const unique = new Set(errors.map(getMessage).filter(Boolean));
        const message = Array.from(unique).join("; ");
        super(message);
        value(this, "name", "CombinedError");
        value(this, kErrors, errors);
        getter(this, "stack", () => errors.map(getStack).join("\n\n"));
        getter(this, "transient", () => errors.length > 0 && errors.every(transient));
        getter(this, "expected", () => errors.length > 0 && errors.every(expected));
      }
      [Symbol.iterator]() {
        return this[kErrors][Symbol.iterator]();
      }
    };
    function value(obj, prop, value2) {
      Object.defineProperty(obj, prop, { value: value2 });
    }
    function getter(obj, prop, get) {
      Object.defineProperty(obj, prop, { get });
    }
    function defined(err) {
      return err != null;
    }
    function getMessage(err) {
      return err.message;
    }
    function getStack(err) {
      return err.stack;
    }
    function transient(err) {
      return err.transient === true;
    }
    function expected(err) {
      return err.expected === true;
    }
  }
});

// ../../node_modules/abstract-level/lib/common.js
var require_common = __commonJS({
  "../../node_modules/abstract-level/lib/common.js"(exports) {
    "use strict";
    var ModuleError = require_module_error();
    var deprecations = /* @__PURE__ */ new Set();
    exports.getOptions = function(options, def) {
      if (typeof options === "object" && options !== null) {
        return options;
      }
      if (def !== void 0) {
        return def;
      }
      return {};
    };
    exports.emptyOptions = Object.freeze({});
    exports.noop = function() {
    };
    exports.resolvedPromise = Promise.resolve();
    exports.deprecate = function(message) {
      if (!deprecations.has(message)) {
        deprecations.add(message);
        const c = globalThis.console;
        if (typeof c !== "undefined" && typeof c.warn === "function") {
          c.warn(new ModuleError(message, { code: "LEVEL_LEGACY" }));
        }
      }
    };
  }
});

// ../../node_modules/abstract-level/lib/errors.js
var require_errors = __commonJS({
  "../../node_modules/abstract-level/lib/errors.js"(exports) {
    "use strict";
    var ModuleError = require_module_error();
    var AbortError = class extends ModuleError {
      constructor(cause) {
        super("Operation has been aborted", {
          code: "LEVEL_ABORTED",
          cause
        });
      }
      // Set name to AbortError for web compatibility. See:
      // https://dom.spec.whatwg.org/#aborting-ongoing-activities
      // https://github.com/nodejs/node/pull/35911#discussion_r515779306
      get name() {
        return "AbortError";
      }
    };
    exports.AbortError = AbortError;
  }
});

// ../../node_modules/abstract-level/abstract-iterator.js
var require_abstract_iterator = __commonJS({
  "../../node_modules/abstract-level/abstract-iterator.js"(exports) {
    "use strict";
    var ModuleError = require_module_error();
    var combineErrors = require_maybe_combine_errors();
    var { getOptions, emptyOptions, noop } = require_common();
    var { AbortError } = require_errors();
    var kDecodeOne = /* @__PURE__ */ Symbol("decodeOne");
    var kDecodeMany = /* @__PURE__ */ Symbol("decodeMany");
    var kKeyEncoding = /* @__PURE__ */ Symbol("keyEncoding");
    var kValueEncoding = /* @__PURE__ */ Symbol("valueEncoding");
    var CommonIterator = class {
      #working = false;
      #pendingClose = null;
      #closingPromise = null;
      #count = 0;
      #signal;
      #limit;
      #ended;
      #snapshot;
      constructor(db, options) {
        if (typeof db !== "object" || db === null) {
          const hint = db === null ? "null" : typeof db;
          throw new TypeError(`The first argument must be an abstract-level database, received ${hint}`);
        }
        if (typeof options !== "object" || options === null) {
          throw new TypeError("The second argument must be an options object");
        }
        this[kKeyEncoding] = options[kKeyEncoding];
        this[kValueEncoding] = options[kValueEncoding];
        this.#limit = Number.isInteger(options.limit) && options.limit >= 0 ? options.limit : Infinity;
        this.#signal = options.signal != null ? options.signal : null;
        this.#snapshot = options.snapshot != null ? options.snapshot : null;
        this.#ended = false;
        this.db = db;
        this.db.attachResource(this);
      }
      get count() {
        return this.#count;
      }
      get limit() {
        return this.#limit;
      }
      async next() {
        this.#startWork();
        try {
          if (this.#ended || this.#count >= this.#limit) {
            this.#ended = true;
            return void 0;
          }
          let item = await this._next();
          if (item === void 0) {
            this.#ended = true;
            return void 0;
          }
          try {
            item = this[kDecodeOne](item);
          } catch (err) {
            throw new IteratorDecodeError(err);
          }
          this.#count++;
          return item;
        } finally {
          this.#endWork();
        }
      }
      async _next() {
      }
      async nextv(size, options) {
        if (!Number.isInteger(size)) {
          throw new TypeError("The first argument 'size' must be an integer");
        }
        options = getOptions(options, emptyOptions);
        if (size < 1) size = 1;
        if (this.#limit < Infinity) size = Math.min(size, this.#limit - this.#count);
        this.#startWork();
        try {
          if (this.#ended || size <= 0) {
            this.#ended = true;
            return [];
          }
          const items = await this._nextv(size, options);
          if (items.length === 0) {
            this.#ended = true;
            return items;
          }
          try {
            this[kDecodeMany](items);
          } catch (err) {
            throw new IteratorDecodeError(err);
          }
          this.#count += items.length;
          return items;
        } finally {
          this.#endWork();
        }
      }
      async _nextv(size, options) {
        const acc = [];
        while (acc.length < size) {
          const item = await this._next(options);
          if (item !== void 0) {
            acc.push(item);
          } else {
            this.#ended = true;
            break;
          }
        }
        return acc;
      }
      async all(options) {
        options = getOptions(options, emptyOptions);
        this.#startWork();
        try {
          if (this.#ended || this.#count >= this.#limit) {
            return [];
          }
          const items = await this._all(options);
          try {
            this[kDecodeMany](items);
          } catch (err) {
            throw new IteratorDecodeError(err);
          }
          this.#count += items.length;
          return items;
        } catch (err) {
          this.#endWork();
          await this.#destroy(err);
        } finally {
          this.#ended = true;
          if (this.#working) {
            this.#endWork();
            await this.close();
          }
        }
      }
      async _all(options) {
        let count = this.#count;
        const acc = [];
        while (true) {
          const size = this.#limit < Infinity ? Math.min(1e3, this.#limit - count) : 1e3;
          if (size <= 0) {
            return acc;
          }
          const items = await this._nextv(size, options);
          if (items.length === 0) {
            return acc;
          }
          acc.push.apply(acc, items);
          count += items.length;
        }
      }
      seek(target, options) {
        options = getOptions(options, emptyOptions);
        if (this.#closingPromise !== null) {
        } else if (this.#working) {
          throw new ModuleError("Iterator is busy: cannot call seek() until next() has completed", {
            code: "LEVEL_ITERATOR_BUSY"
          });
        } else {
          const keyEncoding = this.db.keyEncoding(options.keyEncoding || this[kKeyEncoding]);
          const keyFormat = keyEncoding.format;
          if (options.keyEncoding !== keyFormat) {
            options = { ...options, keyEncoding: keyFormat };
          }
          const mapped = this.db.prefixKey(keyEncoding.encode(target), keyFormat, false);
          this._seek(mapped, options);
          this.#ended = false;
        }
      }
      _seek(target, options) {
        throw new ModuleError("Iterator does not implement seek()", {
          code: "LEVEL_NOT_SUPPORTED"
        });
      }
      async close() {
        if (this.#closingPromise !== null) {
          return this.#closingPromise.catch(noop);
        }
        this.#closingPromise = new Promise((resolve, reject2) => {
          this.#pendingClose = () => {
            this.#pendingClose = null;
            this.#privateClose().then(resolve, reject2);
          };
        });
        if (!this.#working) {
          this.#pendingClose();
        }
        return this.#closingPromise;
      }
      async _close() {
      }
      async *[Symbol.asyncIterator]() {
        try {
          let item;
          while ((item = await this.next()) !== void 0) {
            yield item;
          }
        } catch (err) {
          await this.#destroy(err);
        } finally {
          await this.close();
        }
      }
      #startWork() {
        if (this.#closingPromise !== null) {
          throw new ModuleError("Iterator is not open: cannot read after close()", {
            code: "LEVEL_ITERATOR_NOT_OPEN"
          });
        } else if (this.#working) {
          throw new ModuleError("Iterator is busy: cannot read until previous read has completed", {
            code: "LEVEL_ITERATOR_BUSY"
          });
        } else if (this.#signal?.aborted) {
          throw new AbortError();
        }
        this.#snapshot?.ref();
        this.#working = true;
      }
      #endWork() {
        this.#working = false;
        this.#pendingClose?.();
        this.#snapshot?.unref();
      }
      async #privateClose() {
        await this._close();
        this.db.detachResource(this);
      }
      async #destroy(err) {
        try {
          await this.close();
        } catch (closeErr) {
          throw combineErrors([err, closeErr]);
        }
        throw err;
      }
    };
    if (typeof Symbol.asyncDispose === "symbol") {
      CommonIterator.prototype[Symbol.asyncDispose] = async function() {
        return this.close();
      };
    }
    var AbstractIterator = class extends CommonIterator {
      #keys;
      #values;
      constructor(db, options) {
        super(db, options);
        this.#keys = options.keys !== false;
        this.#values = options.values !== false;
      }
      [kDecodeOne](entry) {
        const key = entry[0];
        const value = entry[1];
        if (key !== void 0) {
          entry[0] = this.#keys ? this[kKeyEncoding].decode(key) : void 0;
        }
        if (value !== void 0) {
          entry[1] = this.#values ? this[kValueEncoding].decode(value) : void 0;
        }
        return entry;
      }
      [kDecodeMany](entries) {
        const keyEncoding = this[kKeyEncoding];
        const valueEncoding = this[kValueEncoding];
        for (const entry of entries) {
          const key = entry[0];
          const value = entry[1];
          if (key !== void 0) entry[0] = this.#keys ? keyEncoding.decode(key) : void 0;
          if (value !== void 0) entry[1] = this.#values ? valueEncoding.decode(value) : void 0;
        }
      }
    };
    var AbstractKeyIterator = class extends CommonIterator {
      [kDecodeOne](key) {
        return this[kKeyEncoding].decode(key);
      }
      [kDecodeMany](keys) {
        const keyEncoding = this[kKeyEncoding];
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          if (key !== void 0) keys[i] = keyEncoding.decode(key);
        }
      }
    };
    var AbstractValueIterator = class extends CommonIterator {
      [kDecodeOne](value) {
        return this[kValueEncoding].decode(value);
      }
      [kDecodeMany](values) {
        const valueEncoding = this[kValueEncoding];
        for (let i = 0; i < values.length; i++) {
          const value = values[i];
          if (value !== void 0) values[i] = valueEncoding.decode(value);
        }
      }
    };
    var IteratorDecodeError = class extends ModuleError {
      constructor(cause) {
        super("Iterator could not decode data", {
          code: "LEVEL_DECODE_ERROR",
          cause
        });
      }
    };
    AbstractIterator.keyEncoding = kKeyEncoding;
    AbstractIterator.valueEncoding = kValueEncoding;
    exports.AbstractIterator = AbstractIterator;
    exports.AbstractKeyIterator = AbstractKeyIterator;
    exports.AbstractValueIterator = AbstractValueIterator;
  }
});

// ../../node_modules/abstract-level/lib/default-kv-iterator.js
var require_default_kv_iterator = __commonJS({
  "../../node_modules/abstract-level/lib/default-kv-iterator.js"(exports) {
    "use strict";
    var { AbstractKeyIterator, AbstractValueIterator } = require_abstract_iterator();
    var kIterator = /* @__PURE__ */ Symbol("iterator");
    var kHandleOne = /* @__PURE__ */ Symbol("handleOne");
    var kHandleMany = /* @__PURE__ */ Symbol("handleMany");
    var DefaultKeyIterator = class extends AbstractKeyIterator {
      constructor(db, options) {
        super(db, options);
        this[kIterator] = db.iterator({ ...options, keys: true, values: false });
      }
      [kHandleOne](entry) {
        return entry[0];
      }
      [kHandleMany](entries) {
        for (let i = 0; i < entries.length; i++) {
          entries[i] = entries[i][0];
        }
      }
    };
    var DefaultValueIterator = class extends AbstractValueIterator {
      constructor(db, options) {
        super(db, options);
        this[kIterator] = db.iterator({ ...options, keys: false, values: true });
      }
      [kHandleOne](entry) {
        return entry[1];
      }
      [kHandleMany](entries) {
        for (let i = 0; i < entries.length; i++) {
          entries[i] = entries[i][1];
        }
      }
    };
    for (const Iterator of [DefaultKeyIterator, DefaultValueIterator]) {
      Iterator.prototype._next = async function() {
        const entry = await this[kIterator].next();
        return entry === void 0 ? entry : this[kHandleOne](entry);
      };
      Iterator.prototype._nextv = async function(size, options) {
        const entries = await this[kIterator].nextv(size, options);
        this[kHandleMany](entries);
        return entries;
      };
      Iterator.prototype._all = async function(options) {
        const entries = await this[kIterator].all(options);
        this[kHandleMany](entries);
        return entries;
      };
      Iterator.prototype._seek = function(target, options) {
        this[kIterator].seek(target, options);
      };
      Iterator.prototype._close = async function() {
        return this[kIterator].close();
      };
    }
    exports.DefaultKeyIterator = DefaultKeyIterator;
    exports.DefaultValueIterator = DefaultValueIterator;
  }
});

// ../../node_modules/abstract-level/lib/deferred-iterator.js
var require_deferred_iterator = __commonJS({
  "../../node_modules/abstract-level/lib/deferred-iterator.js"(exports) {
    "use strict";
    var { AbstractIterator, AbstractKeyIterator, AbstractValueIterator } = require_abstract_iterator();
    var ModuleError = require_module_error();
    var kNut = /* @__PURE__ */ Symbol("nut");
    var kUndefer = /* @__PURE__ */ Symbol("undefer");
    var kFactory = /* @__PURE__ */ Symbol("factory");
    var kSignalOptions = /* @__PURE__ */ Symbol("signalOptions");
    var DeferredIterator = class extends AbstractIterator {
      constructor(db, options) {
        super(db, options);
        this[kNut] = null;
        this[kFactory] = () => db.iterator(options);
        this[kSignalOptions] = { signal: options.signal };
        this.db.defer(() => this[kUndefer](), this[kSignalOptions]);
      }
    };
    var DeferredKeyIterator = class extends AbstractKeyIterator {
      constructor(db, options) {
        super(db, options);
        this[kNut] = null;
        this[kFactory] = () => db.keys(options);
        this[kSignalOptions] = { signal: options.signal };
        this.db.defer(() => this[kUndefer](), this[kSignalOptions]);
      }
    };
    var DeferredValueIterator = class extends AbstractValueIterator {
      constructor(db, options) {
        super(db, options);
        this[kNut] = null;
        this[kFactory] = () => db.values(options);
        this[kSignalOptions] = { signal: options.signal };
        this.db.defer(() => this[kUndefer](), this[kSignalOptions]);
      }
    };
    for (const Iterator of [DeferredIterator, DeferredKeyIterator, DeferredValueIterator]) {
      Iterator.prototype[kUndefer] = function() {
        if (this.db.status === "open") {
          this[kNut] = this[kFactory]();
        }
      };
      Iterator.prototype._next = async function() {
        if (this[kNut] !== null) {
          return this[kNut].next();
        } else if (this.db.status === "opening") {
          return this.db.deferAsync(() => this._next(), this[kSignalOptions]);
        } else {
          throw new ModuleError("Iterator is not open: cannot call next() after close()", {
            code: "LEVEL_ITERATOR_NOT_OPEN"
          });
        }
      };
      Iterator.prototype._nextv = async function(size, options) {
        if (this[kNut] !== null) {
          return this[kNut].nextv(size, options);
        } else if (this.db.status === "opening") {
          return this.db.deferAsync(() => this._nextv(size, options), this[kSignalOptions]);
        } else {
          throw new ModuleError("Iterator is not open: cannot call nextv() after close()", {
            code: "LEVEL_ITERATOR_NOT_OPEN"
          });
        }
      };
      Iterator.prototype._all = async function(options) {
        if (this[kNut] !== null) {
          return this[kNut].all();
        } else if (this.db.status === "opening") {
          return this.db.deferAsync(() => this._all(options), this[kSignalOptions]);
        } else {
          throw new ModuleError("Iterator is not open: cannot call all() after close()", {
            code: "LEVEL_ITERATOR_NOT_OPEN"
          });
        }
      };
      Iterator.prototype._seek = function(target, options) {
        if (this[kNut] !== null) {
          this[kNut]._seek(target, options);
        } else if (this.db.status === "opening") {
          this.db.defer(() => this._seek(target, options), this[kSignalOptions]);
        }
      };
      Iterator.prototype._close = async function() {
        if (this[kNut] !== null) {
          return this[kNut].close();
        } else if (this.db.status === "opening") {
          return this.db.deferAsync(() => this._close());
        }
      };
    }
    exports.DeferredIterator = DeferredIterator;
    exports.DeferredKeyIterator = DeferredKeyIterator;
    exports.DeferredValueIterator = DeferredValueIterator;
  }
});

// ../../node_modules/abstract-level/lib/prefixes.js
var require_prefixes = __commonJS({
  "../../node_modules/abstract-level/lib/prefixes.js"(exports) {
    "use strict";
    exports.prefixDescendantKey = function(key, keyFormat, descendant, ancestor) {
      while (descendant !== null && descendant !== ancestor) {
        key = descendant.prefixKey(key, keyFormat, true);
        descendant = descendant.parent;
      }
      return key;
    };
    exports.isDescendant = function(db, ancestor) {
      while (true) {
        if (db.parent == null) return false;
        if (db.parent === ancestor) return true;
        db = db.parent;
      }
    };
  }
});

// ../../node_modules/abstract-level/lib/prewrite-batch.js
var require_prewrite_batch = __commonJS({
  "../../node_modules/abstract-level/lib/prewrite-batch.js"(exports) {
    "use strict";
    var { prefixDescendantKey, isDescendant } = require_prefixes();
    var PrewriteBatch = class {
      #db;
      #privateOperations;
      #publicOperations;
      constructor(db, privateOperations, publicOperations) {
        this.#db = db;
        this.#privateOperations = privateOperations;
        this.#publicOperations = publicOperations;
      }
      add(op) {
        const isPut = op.type === "put";
        const delegated = op.sublevel != null;
        const db = delegated ? op.sublevel : this.#db;
        db._assertValidKey(op.key);
        op.keyEncoding = db.keyEncoding(op.keyEncoding);
        if (isPut) {
          db._assertValidValue(op.value);
          op.valueEncoding = db.valueEncoding(op.valueEncoding);
        } else if (op.type !== "del") {
          throw new TypeError("A batch operation must have a type property that is 'put' or 'del'");
        }
        const keyEncoding = op.keyEncoding;
        const preencodedKey = keyEncoding.encode(op.key);
        const keyFormat = keyEncoding.format;
        const siblings = delegated && !isDescendant(op.sublevel, this.#db) && op.sublevel !== this.#db;
        const encodedKey = delegated && !siblings ? prefixDescendantKey(preencodedKey, keyFormat, db, this.#db) : preencodedKey;
        if (delegated && !siblings) {
          op.sublevel = null;
        }
        let publicOperation = null;
        if (this.#publicOperations !== null && !siblings) {
          publicOperation = { ...op };
          publicOperation.encodedKey = encodedKey;
          if (delegated) {
            publicOperation.key = encodedKey;
            publicOperation.keyEncoding = this.#db.keyEncoding(keyFormat);
          }
          this.#publicOperations.push(publicOperation);
        }
        op.key = siblings ? encodedKey : this.#db.prefixKey(encodedKey, keyFormat, true);
        op.keyEncoding = keyFormat;
        if (isPut) {
          const valueEncoding = op.valueEncoding;
          const encodedValue = valueEncoding.encode(op.value);
          const valueFormat = valueEncoding.format;
          op.value = encodedValue;
          op.valueEncoding = valueFormat;
          if (publicOperation !== null) {
            publicOperation.encodedValue = encodedValue;
            if (delegated) {
              publicOperation.value = encodedValue;
              publicOperation.valueEncoding = this.#db.valueEncoding(valueFormat);
            }
          }
        }
        this.#privateOperations.push(op);
        return this;
      }
    };
    exports.PrewriteBatch = PrewriteBatch;
  }
});

// ../../node_modules/abstract-level/abstract-chained-batch.js
var require_abstract_chained_batch = __commonJS({
  "../../node_modules/abstract-level/abstract-chained-batch.js"(exports) {
    "use strict";
    var combineErrors = require_maybe_combine_errors();
    var ModuleError = require_module_error();
    var { getOptions, emptyOptions, noop } = require_common();
    var { prefixDescendantKey, isDescendant } = require_prefixes();
    var { PrewriteBatch } = require_prewrite_batch();
    var kPublicOperations = /* @__PURE__ */ Symbol("publicOperations");
    var kPrivateOperations = /* @__PURE__ */ Symbol("privateOperations");
    var AbstractChainedBatch = class {
      #status = "open";
      #length = 0;
      #closePromise = null;
      #publicOperations;
      #prewriteRun;
      #prewriteBatch;
      #prewriteData;
      #addMode;
      constructor(db, options) {
        if (typeof db !== "object" || db === null) {
          const hint = db === null ? "null" : typeof db;
          throw new TypeError(`The first argument must be an abstract-level database, received ${hint}`);
        }
        const enableWriteEvent = db.listenerCount("write") > 0;
        const enablePrewriteHook = !db.hooks.prewrite.noop;
        this.#publicOperations = enableWriteEvent ? [] : null;
        this.#addMode = getOptions(options, emptyOptions).add === true;
        if (enablePrewriteHook) {
          const data = new PrewriteData([], enableWriteEvent ? [] : null);
          this.#prewriteData = data;
          this.#prewriteBatch = new PrewriteBatch(db, data[kPrivateOperations], data[kPublicOperations]);
          this.#prewriteRun = db.hooks.prewrite.run;
        } else {
          this.#prewriteData = null;
          this.#prewriteBatch = null;
          this.#prewriteRun = null;
        }
        this.db = db;
        this.db.attachResource(this);
      }
      get length() {
        if (this.#prewriteData !== null) {
          return this.#length + this.#prewriteData.length;
        } else {
          return this.#length;
        }
      }
      put(key, value, options) {
        this.#assertStatus();
        options = getOptions(options, emptyOptions);
        const delegated = options.sublevel != null;
        const db = delegated ? options.sublevel : this.db;
        db._assertValidKey(key);
        db._assertValidValue(value);
        const op = {
          ...options,
          type: "put",
          key,
          value,
          keyEncoding: db.keyEncoding(options.keyEncoding),
          valueEncoding: db.valueEncoding(options.valueEncoding)
        };
        if (this.#prewriteRun !== null) {
          try {
            this.#prewriteRun(op, this.#prewriteBatch);
            op.keyEncoding = db.keyEncoding(op.keyEncoding);
            op.valueEncoding = db.valueEncoding(op.valueEncoding);
          } catch (err) {
            throw new ModuleError("The prewrite hook failed on batch.put()", {
              code: "LEVEL_HOOK_ERROR",
              cause: err
            });
          }
        }
        const keyEncoding = op.keyEncoding;
        const preencodedKey = keyEncoding.encode(op.key);
        const keyFormat = keyEncoding.format;
        const siblings = delegated && !isDescendant(op.sublevel, this.db) && op.sublevel !== this.db;
        const encodedKey = delegated && !siblings ? prefixDescendantKey(preencodedKey, keyFormat, db, this.db) : preencodedKey;
        const valueEncoding = op.valueEncoding;
        const encodedValue = valueEncoding.encode(op.value);
        const valueFormat = valueEncoding.format;
        if (delegated && !siblings) {
          op.sublevel = null;
        }
        if (this.#publicOperations !== null && !siblings) {
          const publicOperation = { ...op };
          publicOperation.encodedKey = encodedKey;
          publicOperation.encodedValue = encodedValue;
          if (delegated) {
            publicOperation.key = encodedKey;
            publicOperation.value = encodedValue;
            publicOperation.keyEncoding = this.db.keyEncoding(keyFormat);
            publicOperation.valueEncoding = this.db.valueEncoding(valueFormat);
          }
          this.#publicOperations.push(publicOperation);
        }
        op.key = siblings ? encodedKey : this.db.prefixKey(encodedKey, keyFormat, true);
        op.value = encodedValue;
        op.keyEncoding = keyFormat;
        op.valueEncoding = valueFormat;
        if (this.#addMode) {
          this._add(op);
        } else {
          this._put(op.key, encodedValue, op);
        }
        this.#length++;
        return this;
      }
      _put(key, value, options) {
      }
      del(key, options) {
        this.#assertStatus();
        options = getOptions(options, emptyOptions);
        const delegated = options.sublevel != null;
        const db = delegated ? options.sublevel : this.db;
        db._assertValidKey(key);
        const op = {
          ...options,
          type: "del",
          key,
          keyEncoding: db.keyEncoding(options.keyEncoding)
        };
        if (this.#prewriteRun !== null) {
          try {
            this.#prewriteRun(op, this.#prewriteBatch);
            op.keyEncoding = db.keyEncoding(op.keyEncoding);
          } catch (err) {
            throw new ModuleError("The prewrite hook failed on batch.del()", {
              code: "LEVEL_HOOK_ERROR",
              cause: err
            });
          }
        }
        const keyEncoding = op.keyEncoding;
        const preencodedKey = keyEncoding.encode(op.key);
        const keyFormat = keyEncoding.format;
        const encodedKey = delegated ? prefixDescendantKey(preencodedKey, keyFormat, db, this.db) : preencodedKey;
        if (delegated) op.sublevel = null;
        if (this.#publicOperations !== null) {
          const publicOperation = { ...op };
          publicOperation.encodedKey = encodedKey;
          if (delegated) {
            publicOperation.key = encodedKey;
            publicOperation.keyEncoding = this.db.keyEncoding(keyFormat);
          }
          this.#publicOperations.push(publicOperation);
        }
        op.key = this.db.prefixKey(encodedKey, keyFormat, true);
        op.keyEncoding = keyFormat;
        if (this.#addMode) {
          this._add(op);
        } else {
          this._del(op.key, op);
        }
        this.#length++;
        return this;
      }
      _del(key, options) {
      }
      _add(op) {
      }
      clear() {
        this.#assertStatus();
        this._clear();
        if (this.#publicOperations !== null) this.#publicOperations = [];
        if (this.#prewriteData !== null) this.#prewriteData.clear();
        this.#length = 0;
        return this;
      }
      _clear() {
      }
      async write(options) {
        this.#assertStatus();
        options = getOptions(options);
        if (this.#length === 0) {
          return this.close();
        } else {
          this.#status = "writing";
          const close = this.#prepareClose();
          try {
            if (this.#prewriteData !== null) {
              const publicOperations = this.#prewriteData[kPublicOperations];
              const privateOperations = this.#prewriteData[kPrivateOperations];
              const length = this.#prewriteData.length;
              for (let i = 0; i < length; i++) {
                const op = privateOperations[i];
                if (this.#addMode) {
                  this._add(op);
                } else if (op.type === "put") {
                  this._put(op.key, op.value, op);
                } else {
                  this._del(op.key, op);
                }
              }
              if (publicOperations !== null && length !== 0) {
                this.#publicOperations = this.#publicOperations.concat(publicOperations);
              }
            }
            await this._write(options);
          } catch (err) {
            close();
            try {
              await this.#closePromise;
            } catch (closeErr) {
              err = combineErrors([err, closeErr]);
            }
            throw err;
          }
          close();
          if (this.#publicOperations !== null) {
            this.db.emit("write", this.#publicOperations);
          }
          return this.#closePromise;
        }
      }
      async _write(options) {
      }
      async close() {
        if (this.#closePromise !== null) {
          return this.#closePromise.catch(noop);
        } else {
          this.#prepareClose()();
          return this.#closePromise;
        }
      }
      async _close() {
      }
      #assertStatus() {
        if (this.#status !== "open") {
          throw new ModuleError("Batch is not open: cannot change operations after write() or close()", {
            code: "LEVEL_BATCH_NOT_OPEN"
          });
        }
        if (this.db.status !== "open") {
          throw new ModuleError("Database is not open", {
            code: "LEVEL_DATABASE_NOT_OPEN"
          });
        }
      }
      #prepareClose() {
        let close;
        this.#closePromise = new Promise((resolve, reject2) => {
          close = () => {
            this.#privateClose().then(resolve, reject2);
          };
        });
        return close;
      }
      async #privateClose() {
        this.#status = "closing";
        await this._close();
        this.db.detachResource(this);
      }
    };
    if (typeof Symbol.asyncDispose === "symbol") {
      AbstractChainedBatch.prototype[Symbol.asyncDispose] = async function() {
        return this.close();
      };
    }
    var PrewriteData = class {
      constructor(privateOperations, publicOperations) {
        this[kPrivateOperations] = privateOperations;
        this[kPublicOperations] = publicOperations;
      }
      get length() {
        return this[kPrivateOperations].length;
      }
      clear() {
        for (const k of [kPublicOperations, kPrivateOperations]) {
          const ops = this[k];
          if (ops !== null) {
            ops.splice(0, ops.length);
          }
        }
      }
    };
    exports.AbstractChainedBatch = AbstractChainedBatch;
  }
});

// ../../node_modules/abstract-level/lib/default-chained-batch.js
var require_default_chained_batch = __commonJS({
  "../../node_modules/abstract-level/lib/default-chained-batch.js"(exports) {
    "use strict";
    var { AbstractChainedBatch } = require_abstract_chained_batch();
    var DefaultChainedBatch = class extends AbstractChainedBatch {
      #encoded = [];
      constructor(db) {
        super(db, { add: true });
      }
      _add(op) {
        this.#encoded.push(op);
      }
      _clear() {
        this.#encoded = [];
      }
      async _write(options) {
        return this.db._batch(this.#encoded, options);
      }
    };
    exports.DefaultChainedBatch = DefaultChainedBatch;
  }
});

// ../../node_modules/abstract-level/lib/hooks.js
var require_hooks = __commonJS({
  "../../node_modules/abstract-level/lib/hooks.js"(exports) {
    "use strict";
    var { noop } = require_common();
    var DatabaseHooks = class {
      constructor() {
        this.postopen = new Hook({ async: true });
        this.prewrite = new Hook({ async: false });
        this.newsub = new Hook({ async: false });
      }
    };
    var Hook = class {
      #functions = /* @__PURE__ */ new Set();
      #isAsync;
      constructor(options) {
        this.#isAsync = options.async;
        this.noop = true;
        this.run = this.#runner();
      }
      add(fn) {
        assertFunction(fn);
        this.#functions.add(fn);
        this.noop = false;
        this.run = this.#runner();
      }
      delete(fn) {
        assertFunction(fn);
        this.#functions.delete(fn);
        this.noop = this.#functions.size === 0;
        this.run = this.#runner();
      }
      #runner() {
        if (this.noop) {
          return noop;
        } else if (this.#functions.size === 1) {
          const [fn] = this.#functions;
          return fn;
        } else if (this.#isAsync) {
          const run = async function(functions, ...args) {
            for (const fn of functions) {
              await fn(...args);
            }
          };
          return run.bind(null, Array.from(this.#functions));
        } else {
          const run = function(functions, ...args) {
            for (const fn of functions) {
              fn(...args);
            }
          };
          return run.bind(null, Array.from(this.#functions));
        }
      }
    };
    var assertFunction = function(fn) {
      if (typeof fn !== "function") {
        const hint = fn === null ? "null" : typeof fn;
        throw new TypeError(`The first argument must be a function, received ${hint}`);
      }
    };
    exports.DatabaseHooks = DatabaseHooks;
  }
});

// ../../node_modules/abstract-level/lib/event-monitor.js
var require_event_monitor = __commonJS({
  "../../node_modules/abstract-level/lib/event-monitor.js"(exports) {
    "use strict";
    var { deprecate } = require_common();
    exports.EventMonitor = class EventMonitor {
      constructor(emitter) {
        this.write = false;
        const beforeAdded = (name) => {
          if (name === "write") {
            this.write = true;
          }
          if (name === "put" || name === "del" || name === "batch") {
            deprecate(`The '${name}' event has been removed in favor of 'write'`);
          }
        };
        const afterRemoved = (name) => {
          if (name === "write") {
            this.write = emitter.listenerCount("write") > 0;
          }
        };
        emitter.on("newListener", beforeAdded);
        emitter.on("removeListener", afterRemoved);
      }
    };
  }
});

// ../../node_modules/abstract-level/lib/deferred-queue.js
var require_deferred_queue = __commonJS({
  "../../node_modules/abstract-level/lib/deferred-queue.js"(exports) {
    "use strict";
    var { getOptions, emptyOptions } = require_common();
    var { AbortError } = require_errors();
    var DeferredOperation = class {
      constructor(fn, signal) {
        this.fn = fn;
        this.signal = signal;
      }
    };
    var DeferredQueue = class {
      #operations;
      #signals;
      constructor() {
        this.#operations = [];
        this.#signals = /* @__PURE__ */ new Set();
      }
      add(fn, options) {
        options = getOptions(options, emptyOptions);
        const signal = options.signal;
        if (signal == null) {
          this.#operations.push(new DeferredOperation(fn, null));
          return;
        }
        if (signal.aborted) {
          fn(new AbortError());
          return;
        }
        if (!this.#signals.has(signal)) {
          this.#signals.add(signal);
          signal.addEventListener("abort", this.#handleAbort, { once: true });
        }
        this.#operations.push(new DeferredOperation(fn, signal));
      }
      drain() {
        const operations = this.#operations;
        const signals = this.#signals;
        this.#operations = [];
        this.#signals = /* @__PURE__ */ new Set();
        for (const signal of signals) {
          signal.removeEventListener("abort", this.#handleAbort);
        }
        for (const operation of operations) {
          operation.fn.call(null);
        }
      }
      #handleAbort = (ev) => {
        const signal = ev.target;
        const err = new AbortError();
        const aborted = [];
        this.#operations = this.#operations.filter(function(operation) {
          if (operation.signal !== null && operation.signal === signal) {
            aborted.push(operation);
            return false;
          } else {
            return true;
          }
        });
        this.#signals.delete(signal);
        for (const operation of aborted) {
          operation.fn.call(null, err);
        }
      };
    };
    exports.DeferredQueue = DeferredQueue;
  }
});

// ../../node_modules/abstract-level/lib/range-options.js
var require_range_options = __commonJS({
  "../../node_modules/abstract-level/lib/range-options.js"(exports, module) {
    "use strict";
    var hasOwnProperty = Object.prototype.hasOwnProperty;
    var rangeOptions = /* @__PURE__ */ new Set(["lt", "lte", "gt", "gte"]);
    module.exports = function(options, keyEncoding) {
      const result = {};
      for (const k in options) {
        if (!hasOwnProperty.call(options, k)) continue;
        if (k === "keyEncoding" || k === "valueEncoding") continue;
        if (rangeOptions.has(k)) {
          result[k] = keyEncoding.encode(options[k]);
        } else {
          result[k] = options[k];
        }
      }
      result.reverse = !!result.reverse;
      result.limit = Number.isInteger(result.limit) && result.limit >= 0 ? result.limit : -1;
      return result;
    };
  }
});

// ../../node_modules/abstract-level/lib/abstract-sublevel-iterator.js
var require_abstract_sublevel_iterator = __commonJS({
  "../../node_modules/abstract-level/lib/abstract-sublevel-iterator.js"(exports) {
    "use strict";
    var { AbstractIterator, AbstractKeyIterator, AbstractValueIterator } = require_abstract_iterator();
    var AbstractSublevelIterator = class extends AbstractIterator {
      #iterator;
      #unfix;
      constructor(db, options, iterator, unfix) {
        super(db, options);
        this.#iterator = iterator;
        this.#unfix = unfix;
      }
      async _next() {
        const entry = await this.#iterator.next();
        if (entry !== void 0) {
          const key = entry[0];
          if (key !== void 0) entry[0] = this.#unfix(key);
        }
        return entry;
      }
      async _nextv(size, options) {
        const entries = await this.#iterator.nextv(size, options);
        const unfix = this.#unfix;
        for (const entry of entries) {
          const key = entry[0];
          if (key !== void 0) entry[0] = unfix(key);
        }
        return entries;
      }
      async _all(options) {
        const entries = await this.#iterator.all(options);
        const unfix = this.#unfix;
        for (const entry of entries) {
          const key = entry[0];
          if (key !== void 0) entry[0] = unfix(key);
        }
        return entries;
      }
      _seek(target, options) {
        this.#iterator.seek(target, options);
      }
      async _close() {
        return this.#iterator.close();
      }
    };
    var AbstractSublevelKeyIterator = class extends AbstractKeyIterator {
      #iterator;
      #unfix;
      constructor(db, options, iterator, unfix) {
        super(db, options);
        this.#iterator = iterator;
        this.#unfix = unfix;
      }
      async _next() {
        const key = await this.#iterator.next();
        return key === void 0 ? key : this.#unfix(key);
      }
      async _nextv(size, options) {
        const keys = await this.#iterator.nextv(size, options);
        const unfix = this.#unfix;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          if (key !== void 0) keys[i] = unfix(key);
        }
        return keys;
      }
      async _all(options) {
        const keys = await this.#iterator.all(options);
        const unfix = this.#unfix;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          if (key !== void 0) keys[i] = unfix(key);
        }
        return keys;
      }
      _seek(target, options) {
        this.#iterator.seek(target, options);
      }
      async _close() {
        return this.#iterator.close();
      }
    };
    var AbstractSublevelValueIterator = class extends AbstractValueIterator {
      #iterator;
      constructor(db, options, iterator) {
        super(db, options);
        this.#iterator = iterator;
      }
      async _next() {
        return this.#iterator.next();
      }
      async _nextv(size, options) {
        return this.#iterator.nextv(size, options);
      }
      async _all(options) {
        return this.#iterator.all(options);
      }
      _seek(target, options) {
        this.#iterator.seek(target, options);
      }
      async _close() {
        return this.#iterator.close();
      }
    };
    exports.AbstractSublevelIterator = AbstractSublevelIterator;
    exports.AbstractSublevelKeyIterator = AbstractSublevelKeyIterator;
    exports.AbstractSublevelValueIterator = AbstractSublevelValueIterator;
  }
});

// ../../node_modules/abstract-level/lib/abstract-sublevel.js
var require_abstract_sublevel = __commonJS({
  "../../node_modules/abstract-level/lib/abstract-sublevel.js"(exports, module) {
    "use strict";
    var ModuleError = require_module_error();
    var { Buffer: Buffer2 } = __require("buffer") || {};
    var {
      AbstractSublevelIterator,
      AbstractSublevelKeyIterator,
      AbstractSublevelValueIterator
    } = require_abstract_sublevel_iterator();
    var kRoot = /* @__PURE__ */ Symbol("root");
    var textEncoder = new TextEncoder();
    var defaults = { separator: "!" };
    module.exports = function({ AbstractLevel }) {
      class AbstractSublevel extends AbstractLevel {
        #globalPrefix;
        #localPrefix;
        #localPath;
        #globalPath;
        #globalUpperBound;
        #parent;
        #unfix;
        static defaults(options) {
          if (options == null) {
            return defaults;
          } else if (!options.separator) {
            return { ...options, separator: "!" };
          } else {
            return options;
          }
        }
        constructor(db, name, options) {
          const { separator, manifest, ...forward } = AbstractSublevel.defaults(options);
          const names = [].concat(name).map((name2) => trim(name2, separator));
          const reserved = separator.charCodeAt(0) + 1;
          const root = db[kRoot] || db;
          if (!names.every((name2) => textEncoder.encode(name2).every((x) => x > reserved && x < 127))) {
            throw new ModuleError(`Sublevel name must use bytes > ${reserved} < ${127}`, {
              code: "LEVEL_INVALID_PREFIX"
            });
          }
          super(mergeManifests(db, manifest), forward);
          const localPrefix = names.map((name2) => separator + name2 + separator).join("");
          const globalPrefix = (db.prefix || "") + localPrefix;
          const globalUpperBound = globalPrefix.slice(0, -1) + String.fromCharCode(reserved);
          this[kRoot] = root;
          this.#parent = db;
          this.#localPath = names;
          this.#globalPath = db.prefix ? db.path().concat(names) : names;
          this.#globalPrefix = new MultiFormat(globalPrefix);
          this.#globalUpperBound = new MultiFormat(globalUpperBound);
          this.#localPrefix = new MultiFormat(localPrefix);
          this.#unfix = new Unfixer();
        }
        prefixKey(key, keyFormat, local) {
          const prefix = local ? this.#localPrefix : this.#globalPrefix;
          if (keyFormat === "utf8") {
            return prefix.utf8 + key;
          } else if (key.byteLength === 0) {
            return prefix[keyFormat];
          } else if (keyFormat === "view") {
            const view = prefix.view;
            const result = new Uint8Array(view.byteLength + key.byteLength);
            result.set(view, 0);
            result.set(key, view.byteLength);
            return result;
          } else {
            const buffer = prefix.buffer;
            return Buffer2.concat([buffer, key], buffer.byteLength + key.byteLength);
          }
        }
        // Not exposed for now.
        #prefixRange(range2, keyFormat) {
          if (range2.gte !== void 0) {
            range2.gte = this.prefixKey(range2.gte, keyFormat, false);
          } else if (range2.gt !== void 0) {
            range2.gt = this.prefixKey(range2.gt, keyFormat, false);
          } else {
            range2.gte = this.#globalPrefix[keyFormat];
          }
          if (range2.lte !== void 0) {
            range2.lte = this.prefixKey(range2.lte, keyFormat, false);
          } else if (range2.lt !== void 0) {
            range2.lt = this.prefixKey(range2.lt, keyFormat, false);
          } else {
            range2.lte = this.#globalUpperBound[keyFormat];
          }
        }
        get prefix() {
          return this.#globalPrefix.utf8;
        }
        get db() {
          return this[kRoot];
        }
        get parent() {
          return this.#parent;
        }
        path(local = false) {
          return local ? this.#localPath : this.#globalPath;
        }
        async _open(options) {
          await this.#parent.open({ passive: true });
          this.#parent.attachResource(this);
        }
        async _close() {
          this.#parent.detachResource(this);
        }
        async _put(key, value, options) {
          return this.#parent.put(key, value, options);
        }
        async _get(key, options) {
          return this.#parent.get(key, options);
        }
        _getSync(key, options) {
          return this.#parent.getSync(key, options);
        }
        async _getMany(keys, options) {
          return this.#parent.getMany(keys, options);
        }
        async _has(key, options) {
          return this.#parent.has(key, options);
        }
        async _hasMany(keys, options) {
          return this.#parent.hasMany(keys, options);
        }
        async _del(key, options) {
          return this.#parent.del(key, options);
        }
        async _batch(operations, options) {
          return this.#parent.batch(operations, options);
        }
        // TODO: call parent instead of root
        async _clear(options) {
          this.#prefixRange(options, options.keyEncoding);
          return this[kRoot].clear(options);
        }
        // TODO: call parent instead of root
        _iterator(options) {
          this.#prefixRange(options, options.keyEncoding);
          const iterator = this[kRoot].iterator(options);
          const unfix = this.#unfix.get(this.#globalPrefix.utf8.length, options.keyEncoding);
          return new AbstractSublevelIterator(this, options, iterator, unfix);
        }
        _keys(options) {
          this.#prefixRange(options, options.keyEncoding);
          const iterator = this[kRoot].keys(options);
          const unfix = this.#unfix.get(this.#globalPrefix.utf8.length, options.keyEncoding);
          return new AbstractSublevelKeyIterator(this, options, iterator, unfix);
        }
        _values(options) {
          this.#prefixRange(options, options.keyEncoding);
          const iterator = this[kRoot].values(options);
          return new AbstractSublevelValueIterator(this, options, iterator);
        }
        _snapshot(options) {
          return this[kRoot].snapshot(options);
        }
      }
      return { AbstractSublevel };
    };
    var mergeManifests = function(parent2, manifest) {
      return {
        // Inherit manifest of parent db
        ...parent2.supports,
        // Disable unsupported features
        createIfMissing: false,
        errorIfExists: false,
        // Unset additional events because we're not forwarding them
        events: {},
        // Unset additional methods (like approximateSize) which we can't support here unless
        // the AbstractSublevel class is overridden by an implementation of `abstract-level`.
        additionalMethods: {},
        // Inherit manifest of custom AbstractSublevel subclass. Such a class is not
        // allowed to override encodings.
        ...manifest,
        encodings: {
          utf8: supportsEncoding(parent2, "utf8"),
          buffer: supportsEncoding(parent2, "buffer"),
          view: supportsEncoding(parent2, "view")
        }
      };
    };
    var supportsEncoding = function(parent2, encoding) {
      return parent2.supports.encodings[encoding] ? parent2.keyEncoding(encoding).name === encoding : false;
    };
    var MultiFormat = class {
      constructor(key) {
        this.utf8 = key;
        this.view = textEncoder.encode(key);
        this.buffer = Buffer2 ? Buffer2.from(this.view.buffer, 0, this.view.byteLength) : {};
      }
    };
    var Unfixer = class {
      constructor() {
        this.cache = /* @__PURE__ */ new Map();
      }
      get(prefixLength, keyFormat) {
        let unfix = this.cache.get(keyFormat);
        if (unfix === void 0) {
          if (keyFormat === "view") {
            unfix = function(prefixLength2, key) {
              return key.subarray(prefixLength2);
            }.bind(null, prefixLength);
          } else {
            unfix = function(prefixLength2, key) {
              return key.slice(prefixLength2);
            }.bind(null, prefixLength);
          }
          this.cache.set(keyFormat, unfix);
        }
        return unfix;
      }
    };
    var trim = function(str, char) {
      let start = 0;
      let end = str.length;
      while (start < end && str[start] === char) start++;
      while (end > start && str[end - 1] === char) end--;
      return str.slice(start, end);
    };
  }
});

// ../../node_modules/abstract-level/abstract-level.js
var require_abstract_level = __commonJS({
  "../../node_modules/abstract-level/abstract-level.js"(exports) {
    "use strict";
    var { supports } = require_level_supports();
    var { Transcoder } = require_level_transcoder();
    var { EventEmitter: EventEmitter2 } = __require("events");
    var ModuleError = require_module_error();
    var combineErrors = require_maybe_combine_errors();
    var { AbstractIterator } = require_abstract_iterator();
    var { DefaultKeyIterator, DefaultValueIterator } = require_default_kv_iterator();
    var { DeferredIterator, DeferredKeyIterator, DeferredValueIterator } = require_deferred_iterator();
    var { DefaultChainedBatch } = require_default_chained_batch();
    var { DatabaseHooks } = require_hooks();
    var { PrewriteBatch } = require_prewrite_batch();
    var { EventMonitor } = require_event_monitor();
    var { getOptions, noop, emptyOptions, resolvedPromise } = require_common();
    var { prefixDescendantKey, isDescendant } = require_prefixes();
    var { DeferredQueue } = require_deferred_queue();
    var rangeOptions = require_range_options();
    var AbstractLevel = class extends EventEmitter2 {
      #status = "opening";
      #deferOpen = true;
      #statusChange = null;
      #statusLocked = false;
      #resources;
      #queue;
      #options;
      #defaultOptions;
      #transcoder;
      #keyEncoding;
      #valueEncoding;
      #eventMonitor;
      constructor(manifest, options) {
        super();
        if (typeof manifest !== "object" || manifest === null) {
          throw new TypeError("The first argument 'manifest' must be an object");
        }
        options = getOptions(options);
        const { keyEncoding, valueEncoding, passive, ...forward } = options;
        this.#resources = /* @__PURE__ */ new Set();
        this.#queue = new DeferredQueue();
        this.#options = forward;
        const implicitSnapshots = manifest.snapshots !== false && manifest.implicitSnapshots !== false;
        this.hooks = new DatabaseHooks();
        this.supports = supports(manifest, {
          deferredOpen: true,
          seek: true,
          implicitSnapshots,
          permanence: manifest.permanence !== false,
          encodings: manifest.encodings || {},
          events: {
            ...manifest.events,
            opening: true,
            open: true,
            closing: true,
            closed: true,
            write: true,
            clear: true
          }
        });
        this.#eventMonitor = new EventMonitor(this);
        this.#transcoder = new Transcoder(formats(this));
        this.#keyEncoding = this.#transcoder.encoding(keyEncoding || "utf8");
        this.#valueEncoding = this.#transcoder.encoding(valueEncoding || "utf8");
        for (const encoding of this.#transcoder.encodings()) {
          if (!this.supports.encodings[encoding.commonName]) {
            this.supports.encodings[encoding.commonName] = true;
          }
        }
        this.#defaultOptions = {
          empty: emptyOptions,
          entry: Object.freeze({
            keyEncoding: this.#keyEncoding.commonName,
            valueEncoding: this.#valueEncoding.commonName
          }),
          entryFormat: Object.freeze({
            keyEncoding: this.#keyEncoding.format,
            valueEncoding: this.#valueEncoding.format
          }),
          key: Object.freeze({
            keyEncoding: this.#keyEncoding.commonName
          }),
          keyFormat: Object.freeze({
            keyEncoding: this.#keyEncoding.format
          }),
          owner: Object.freeze({
            owner: this
          })
        };
        queueMicrotask(() => {
          if (this.#deferOpen) {
            this.open({ passive: false }).catch(noop);
          }
        });
      }
      get status() {
        return this.#status;
      }
      get parent() {
        return null;
      }
      keyEncoding(encoding) {
        return this.#transcoder.encoding(encoding ?? this.#keyEncoding);
      }
      valueEncoding(encoding) {
        return this.#transcoder.encoding(encoding ?? this.#valueEncoding);
      }
      async open(options) {
        options = { ...this.#options, ...getOptions(options) };
        options.createIfMissing = options.createIfMissing !== false;
        options.errorIfExists = !!options.errorIfExists;
        const postopen = this.hooks.postopen.noop ? null : this.hooks.postopen.run;
        const passive = options.passive;
        if (passive && this.#deferOpen) {
          await void 0;
        }
        this.#assertUnlocked();
        while (this.#statusChange !== null) await this.#statusChange.catch(noop);
        this.#assertUnlocked();
        if (passive) {
          if (this.#status !== "open") throw new NotOpenError();
        } else if (this.#status === "closed" || this.#deferOpen) {
          this.#deferOpen = false;
          this.#statusChange = resolvedPromise;
          this.#statusChange = (async () => {
            this.#status = "opening";
            try {
              this.emit("opening");
              await this._open(options);
            } catch (err) {
              this.#status = "closed";
              this.#queue.drain();
              try {
                await this.#closeResources();
              } catch (resourceErr) {
                err = combineErrors([err, resourceErr]);
              }
              throw new NotOpenError(err);
            }
            this.#status = "open";
            if (postopen !== null) {
              let hookErr;
              try {
                this.#statusLocked = true;
                await postopen(options);
              } catch (err) {
                hookErr = convertRejection(err);
              } finally {
                this.#statusLocked = false;
              }
              if (hookErr) {
                this.#status = "closing";
                this.#queue.drain();
                try {
                  await this.#closeResources();
                  await this._close();
                } catch (closeErr) {
                  this.#statusLocked = true;
                  hookErr = combineErrors([hookErr, closeErr]);
                }
                this.#status = "closed";
                throw new ModuleError("The postopen hook failed on open()", {
                  code: "LEVEL_HOOK_ERROR",
                  cause: hookErr
                });
              }
            }
            this.#queue.drain();
            this.emit("open");
          })();
          try {
            await this.#statusChange;
          } finally {
            this.#statusChange = null;
          }
        } else if (this.#status !== "open") {
          throw new NotOpenError();
        }
      }
      async _open(options) {
      }
      async close() {
        this.#assertUnlocked();
        while (this.#statusChange !== null) await this.#statusChange.catch(noop);
        this.#assertUnlocked();
        if (this.#status === "open" || this.#deferOpen) {
          const fromInitial = this.#deferOpen;
          this.#deferOpen = false;
          this.#statusChange = resolvedPromise;
          this.#statusChange = (async () => {
            this.#status = "closing";
            this.#queue.drain();
            try {
              this.emit("closing");
              await this.#closeResources();
              if (!fromInitial) await this._close();
            } catch (err) {
              this.#status = "open";
              this.#queue.drain();
              throw new NotClosedError(err);
            }
            this.#status = "closed";
            this.#queue.drain();
            this.emit("closed");
          })();
          try {
            await this.#statusChange;
          } finally {
            this.#statusChange = null;
          }
        } else if (this.#status !== "closed") {
          throw new NotClosedError();
        }
      }
      async #closeResources() {
        if (this.#resources.size === 0) {
          return;
        }
        const resources = Array.from(this.#resources);
        const promises = resources.map(closeResource);
        const results = await Promise.allSettled(promises);
        const errors = [];
        for (let i = 0; i < results.length; i++) {
          if (results[i].status === "fulfilled") {
            this.#resources.delete(resources[i]);
          } else {
            errors.push(convertRejection(results[i].reason));
          }
        }
        if (errors.length > 0) {
          throw combineErrors(errors);
        }
      }
      async _close() {
      }
      async get(key, options) {
        options = getOptions(options, this.#defaultOptions.entry);
        if (this.#status === "opening") {
          return this.deferAsync(() => this.get(key, options));
        }
        this.#assertOpen();
        this._assertValidKey(key);
        const snapshot = options.snapshot;
        const keyEncoding = this.keyEncoding(options.keyEncoding);
        const valueEncoding = this.valueEncoding(options.valueEncoding);
        const keyFormat = keyEncoding.format;
        const valueFormat = valueEncoding.format;
        if (options === this.#defaultOptions.entry) {
          options = this.#defaultOptions.entryFormat;
        } else if (options.keyEncoding !== keyFormat || options.valueEncoding !== valueFormat) {
          options = { ...options, keyEncoding: keyFormat, valueEncoding: valueFormat };
        }
        const encodedKey = keyEncoding.encode(key);
        const mappedKey = this.prefixKey(encodedKey, keyFormat, true);
        snapshot?.ref();
        let value;
        try {
          value = await this._get(mappedKey, options);
        } finally {
          snapshot?.unref();
        }
        try {
          return value === void 0 ? value : valueEncoding.decode(value);
        } catch (err) {
          throw new ModuleError("Could not decode value", {
            code: "LEVEL_DECODE_ERROR",
            cause: err
          });
        }
      }
      async _get(key, options) {
        return void 0;
      }
      getSync(key, options) {
        if (this.status !== "open") {
          throw new ModuleError("Database is not open", {
            code: "LEVEL_DATABASE_NOT_OPEN"
          });
        }
        this._assertValidKey(key);
        if (options == null) {
          const encodedKey2 = this.#keyEncoding.encode(key);
          const mappedKey2 = this.prefixKey(encodedKey2, this.#keyEncoding.format, true);
          const value2 = this._getSync(mappedKey2, this.#defaultOptions.entryFormat);
          try {
            return value2 !== void 0 ? this.#valueEncoding.decode(value2) : void 0;
          } catch (err) {
            throw new ModuleError("Could not decode value", {
              code: "LEVEL_DECODE_ERROR",
              cause: err
            });
          }
        }
        const snapshot = options.snapshot;
        const keyEncoding = this.keyEncoding(options.keyEncoding);
        const valueEncoding = this.valueEncoding(options.valueEncoding);
        const keyFormat = keyEncoding.format;
        const valueFormat = valueEncoding.format;
        if (options.keyEncoding !== keyFormat || options.valueEncoding !== valueFormat) {
          options = { ...options, keyEncoding: keyFormat, valueEncoding: valueFormat };
        }
        const encodedKey = keyEncoding.encode(key);
        const mappedKey = this.prefixKey(encodedKey, keyFormat, true);
        let value;
        snapshot?.ref();
        try {
          value = this._getSync(mappedKey, options);
        } finally {
          snapshot?.unref();
        }
        try {
          return value !== void 0 ? valueEncoding.decode(value) : void 0;
        } catch (err) {
          throw new ModuleError("Could not decode value", {
            code: "LEVEL_DECODE_ERROR",
            cause: err
          });
        }
      }
      _getSync(key, options) {
        throw new ModuleError("Database does not support getSync()", {
          code: "LEVEL_NOT_SUPPORTED"
        });
      }
      async getMany(keys, options) {
        options = getOptions(options, this.#defaultOptions.entry);
        if (this.#status === "opening") {
          return this.deferAsync(() => this.getMany(keys, options));
        }
        this.#assertOpen();
        if (!Array.isArray(keys)) {
          throw new TypeError("The first argument 'keys' must be an array");
        }
        if (keys.length === 0) {
          return [];
        }
        const snapshot = options.snapshot;
        const keyEncoding = this.keyEncoding(options.keyEncoding);
        const valueEncoding = this.valueEncoding(options.valueEncoding);
        const keyFormat = keyEncoding.format;
        const valueFormat = valueEncoding.format;
        if (options === this.#defaultOptions.entry) {
          options = this.#defaultOptions.entryFormat;
        } else if (options.keyEncoding !== keyFormat || options.valueEncoding !== valueFormat) {
          options = { ...options, keyEncoding: keyFormat, valueEncoding: valueFormat };
        }
        const mappedKeys = new Array(keys.length);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          this._assertValidKey(key);
          mappedKeys[i] = this.prefixKey(keyEncoding.encode(key), keyFormat, true);
        }
        snapshot?.ref();
        let values;
        try {
          values = await this._getMany(mappedKeys, options);
        } finally {
          snapshot?.unref();
        }
        try {
          for (let i = 0; i < values.length; i++) {
            if (values[i] !== void 0) {
              values[i] = valueEncoding.decode(values[i]);
            }
          }
        } catch (err) {
          throw new ModuleError(`Could not decode one or more of ${values.length} value(s)`, {
            code: "LEVEL_DECODE_ERROR",
            cause: err
          });
        }
        return values;
      }
      async _getMany(keys, options) {
        return new Array(keys.length).fill(void 0);
      }
      async has(key, options) {
        options = getOptions(options, this.#defaultOptions.key);
        if (this.#status === "opening") {
          return this.deferAsync(() => this.has(key, options));
        }
        this.#assertOpen();
        this._assertValidKey(key);
        const snapshot = options.snapshot;
        const keyEncoding = this.keyEncoding(options.keyEncoding);
        const keyFormat = keyEncoding.format;
        if (options === this.#defaultOptions.key) {
          options = this.#defaultOptions.keyFormat;
        } else if (options.keyEncoding !== keyFormat) {
          options = { ...options, keyEncoding: keyFormat };
        }
        const encodedKey = keyEncoding.encode(key);
        const mappedKey = this.prefixKey(encodedKey, keyFormat, true);
        snapshot?.ref();
        try {
          return this._has(mappedKey, options);
        } finally {
          snapshot?.unref();
        }
      }
      async _has(key, options) {
        throw new ModuleError("Database does not support has()", {
          code: "LEVEL_NOT_SUPPORTED"
        });
      }
      async hasMany(keys, options) {
        options = getOptions(options, this.#defaultOptions.key);
        if (this.#status === "opening") {
          return this.deferAsync(() => this.hasMany(keys, options));
        }
        this.#assertOpen();
        if (!Array.isArray(keys)) {
          throw new TypeError("The first argument 'keys' must be an array");
        }
        if (keys.length === 0) {
          return [];
        }
        const snapshot = options.snapshot;
        const keyEncoding = this.keyEncoding(options.keyEncoding);
        const keyFormat = keyEncoding.format;
        if (options === this.#defaultOptions.key) {
          options = this.#defaultOptions.keyFormat;
        } else if (options.keyEncoding !== keyFormat) {
          options = { ...options, keyEncoding: keyFormat };
        }
        const mappedKeys = new Array(keys.length);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          this._assertValidKey(key);
          mappedKeys[i] = this.prefixKey(keyEncoding.encode(key), keyFormat, true);
        }
        snapshot?.ref();
        try {
          return this._hasMany(mappedKeys, options);
        } finally {
          snapshot?.unref();
        }
      }
      async _hasMany(keys, options) {
        throw new ModuleError("Database does not support hasMany()", {
          code: "LEVEL_NOT_SUPPORTED"
        });
      }
      async put(key, value, options) {
        if (!this.hooks.prewrite.noop) {
          return this.batch([{ type: "put", key, value }], options);
        }
        options = getOptions(options, this.#defaultOptions.entry);
        if (this.#status === "opening") {
          return this.deferAsync(() => this.put(key, value, options));
        }
        this.#assertOpen();
        this._assertValidKey(key);
        this._assertValidValue(value);
        const keyEncoding = this.keyEncoding(options.keyEncoding);
        const valueEncoding = this.valueEncoding(options.valueEncoding);
        const keyFormat = keyEncoding.format;
        const valueFormat = valueEncoding.format;
        const enableWriteEvent = this.#eventMonitor.write;
        const original = options;
        if (options === this.#defaultOptions.entry) {
          options = this.#defaultOptions.entryFormat;
        } else if (options.keyEncoding !== keyFormat || options.valueEncoding !== valueFormat) {
          options = { ...options, keyEncoding: keyFormat, valueEncoding: valueFormat };
        }
        const encodedKey = keyEncoding.encode(key);
        const prefixedKey = this.prefixKey(encodedKey, keyFormat, true);
        const encodedValue = valueEncoding.encode(value);
        await this._put(prefixedKey, encodedValue, options);
        if (enableWriteEvent) {
          const op = {
            ...original,
            type: "put",
            key,
            value,
            keyEncoding,
            valueEncoding,
            encodedKey,
            encodedValue
          };
          this.emit("write", [op]);
        }
      }
      async _put(key, value, options) {
      }
      async del(key, options) {
        if (!this.hooks.prewrite.noop) {
          return this.batch([{ type: "del", key }], options);
        }
        options = getOptions(options, this.#defaultOptions.key);
        if (this.#status === "opening") {
          return this.deferAsync(() => this.del(key, options));
        }
        this.#assertOpen();
        this._assertValidKey(key);
        const keyEncoding = this.keyEncoding(options.keyEncoding);
        const keyFormat = keyEncoding.format;
        const enableWriteEvent = this.#eventMonitor.write;
        const original = options;
        if (options === this.#defaultOptions.key) {
          options = this.#defaultOptions.keyFormat;
        } else if (options.keyEncoding !== keyFormat) {
          options = { ...options, keyEncoding: keyFormat };
        }
        const encodedKey = keyEncoding.encode(key);
        const prefixedKey = this.prefixKey(encodedKey, keyFormat, true);
        await this._del(prefixedKey, options);
        if (enableWriteEvent) {
          const op = {
            ...original,
            type: "del",
            key,
            keyEncoding,
            encodedKey
          };
          this.emit("write", [op]);
        }
      }
      async _del(key, options) {
      }
      // TODO (future): add way for implementations to declare which options are for the
      // whole batch rather than defaults for individual operations. E.g. the sync option
      // of classic-level, that should not be copied to individual operations.
      batch(operations, options) {
        if (!arguments.length) {
          this.#assertOpen();
          return this._chainedBatch();
        }
        options = getOptions(options, this.#defaultOptions.empty);
        return this.#arrayBatch(operations, options);
      }
      // Wrapped for async error handling
      async #arrayBatch(operations, options) {
        if (this.#status === "opening") {
          return this.deferAsync(() => this.#arrayBatch(operations, options));
        }
        this.#assertOpen();
        if (!Array.isArray(operations)) {
          throw new TypeError("The first argument 'operations' must be an array");
        }
        if (operations.length === 0) {
          return;
        }
        const length = operations.length;
        const enablePrewriteHook = !this.hooks.prewrite.noop;
        const enableWriteEvent = this.#eventMonitor.write;
        const publicOperations = enableWriteEvent ? new Array(length) : null;
        const privateOperations = new Array(length);
        const prewriteBatch = enablePrewriteHook ? new PrewriteBatch(this, privateOperations, publicOperations) : null;
        for (let i = 0; i < length; i++) {
          const op = { ...options, ...operations[i] };
          const isPut = op.type === "put";
          const delegated = op.sublevel != null;
          const db = delegated ? op.sublevel : this;
          db._assertValidKey(op.key);
          op.keyEncoding = db.keyEncoding(op.keyEncoding);
          if (isPut) {
            db._assertValidValue(op.value);
            op.valueEncoding = db.valueEncoding(op.valueEncoding);
          } else if (op.type !== "del") {
            throw new TypeError("A batch operation must have a type property that is 'put' or 'del'");
          }
          if (enablePrewriteHook) {
            try {
              this.hooks.prewrite.run(op, prewriteBatch);
              op.keyEncoding = db.keyEncoding(op.keyEncoding);
              if (isPut) op.valueEncoding = db.valueEncoding(op.valueEncoding);
            } catch (err) {
              throw new ModuleError("The prewrite hook failed on batch()", {
                code: "LEVEL_HOOK_ERROR",
                cause: err
              });
            }
          }
          const keyEncoding = op.keyEncoding;
          const preencodedKey = keyEncoding.encode(op.key);
          const keyFormat = keyEncoding.format;
          const siblings = delegated && !isDescendant(op.sublevel, this) && op.sublevel !== this;
          const encodedKey = delegated && !siblings ? prefixDescendantKey(preencodedKey, keyFormat, db, this) : preencodedKey;
          if (delegated && !siblings) {
            op.sublevel = null;
          }
          let publicOperation = null;
          if (enableWriteEvent && !siblings) {
            publicOperation = { ...op };
            publicOperation.encodedKey = encodedKey;
            if (delegated) {
              publicOperation.key = encodedKey;
              publicOperation.keyEncoding = this.keyEncoding(keyFormat);
            }
            publicOperations[i] = publicOperation;
          }
          op.key = siblings ? encodedKey : this.prefixKey(encodedKey, keyFormat, true);
          op.keyEncoding = keyFormat;
          if (isPut) {
            const valueEncoding = op.valueEncoding;
            const encodedValue = valueEncoding.encode(op.value);
            const valueFormat = valueEncoding.format;
            op.value = encodedValue;
            op.valueEncoding = valueFormat;
            if (enableWriteEvent && !siblings) {
              publicOperation.encodedValue = encodedValue;
              if (delegated) {
                publicOperation.value = encodedValue;
                publicOperation.valueEncoding = this.valueEncoding(valueFormat);
              }
            }
          }
          privateOperations[i] = op;
        }
        await this._batch(privateOperations, options);
        if (enableWriteEvent) {
          this.emit("write", publicOperations);
        }
      }
      async _batch(operations, options) {
      }
      sublevel(name, options) {
        const xopts = AbstractSublevel.defaults(options);
        const sublevel = this._sublevel(name, xopts);
        if (!this.hooks.newsub.noop) {
          try {
            this.hooks.newsub.run(sublevel, xopts);
          } catch (err) {
            throw new ModuleError("The newsub hook failed on sublevel()", {
              code: "LEVEL_HOOK_ERROR",
              cause: err
            });
          }
        }
        return sublevel;
      }
      _sublevel(name, options) {
        return new AbstractSublevel(this, name, options);
      }
      prefixKey(key, keyFormat, local) {
        return key;
      }
      async clear(options) {
        options = getOptions(options, this.#defaultOptions.empty);
        if (this.#status === "opening") {
          return this.deferAsync(() => this.clear(options));
        }
        this.#assertOpen();
        const original = options;
        const keyEncoding = this.keyEncoding(options.keyEncoding);
        const snapshot = options.snapshot;
        options = rangeOptions(options, keyEncoding);
        options.keyEncoding = keyEncoding.format;
        if (options.limit !== 0) {
          snapshot?.ref();
          try {
            await this._clear(options);
          } finally {
            snapshot?.unref();
          }
          this.emit("clear", original);
        }
      }
      async _clear(options) {
      }
      iterator(options) {
        const keyEncoding = this.keyEncoding(options?.keyEncoding);
        const valueEncoding = this.valueEncoding(options?.valueEncoding);
        options = rangeOptions(options, keyEncoding);
        options.keys = options.keys !== false;
        options.values = options.values !== false;
        options[AbstractIterator.keyEncoding] = keyEncoding;
        options[AbstractIterator.valueEncoding] = valueEncoding;
        options.keyEncoding = keyEncoding.format;
        options.valueEncoding = valueEncoding.format;
        if (this.#status === "opening") {
          return new DeferredIterator(this, options);
        }
        this.#assertOpen();
        return this._iterator(options);
      }
      _iterator(options) {
        return new AbstractIterator(this, options);
      }
      keys(options) {
        const keyEncoding = this.keyEncoding(options?.keyEncoding);
        const valueEncoding = this.valueEncoding(options?.valueEncoding);
        options = rangeOptions(options, keyEncoding);
        options[AbstractIterator.keyEncoding] = keyEncoding;
        options[AbstractIterator.valueEncoding] = valueEncoding;
        options.keyEncoding = keyEncoding.format;
        options.valueEncoding = valueEncoding.format;
        if (this.#status === "opening") {
          return new DeferredKeyIterator(this, options);
        }
        this.#assertOpen();
        return this._keys(options);
      }
      _keys(options) {
        return new DefaultKeyIterator(this, options);
      }
      values(options) {
        const keyEncoding = this.keyEncoding(options?.keyEncoding);
        const valueEncoding = this.valueEncoding(options?.valueEncoding);
        options = rangeOptions(options, keyEncoding);
        options[AbstractIterator.keyEncoding] = keyEncoding;
        options[AbstractIterator.valueEncoding] = valueEncoding;
        options.keyEncoding = keyEncoding.format;
        options.valueEncoding = valueEncoding.format;
        if (this.#status === "opening") {
          return new DeferredValueIterator(this, options);
        }
        this.#assertOpen();
        return this._values(options);
      }
      _values(options) {
        return new DefaultValueIterator(this, options);
      }
      snapshot(options) {
        this.#assertOpen();
        if (typeof options !== "object" || options === null) {
          options = this.#defaultOptions.owner;
        } else if (options.owner == null) {
          options = { ...options, owner: this };
        }
        return this._snapshot(options);
      }
      _snapshot(options) {
        throw new ModuleError("Database does not support explicit snapshots", {
          code: "LEVEL_NOT_SUPPORTED"
        });
      }
      defer(fn, options) {
        if (typeof fn !== "function") {
          throw new TypeError("The first argument must be a function");
        }
        this.#queue.add(function(abortError) {
          if (!abortError) fn();
        }, options);
      }
      deferAsync(fn, options) {
        if (typeof fn !== "function") {
          throw new TypeError("The first argument must be a function");
        }
        return new Promise((resolve, reject2) => {
          this.#queue.add(function(abortError) {
            if (abortError) reject2(abortError);
            else fn().then(resolve, reject2);
          }, options);
        });
      }
      attachResource(resource) {
        if (typeof resource !== "object" || resource === null || typeof resource.close !== "function") {
          throw new TypeError("The first argument must be a resource object");
        }
        this.#resources.add(resource);
      }
      detachResource(resource) {
        this.#resources.delete(resource);
      }
      _chainedBatch() {
        return new DefaultChainedBatch(this);
      }
      _assertValidKey(key) {
        if (key === null || key === void 0) {
          throw new ModuleError("Key cannot be null or undefined", {
            code: "LEVEL_INVALID_KEY"
          });
        }
      }
      _assertValidValue(value) {
        if (value === null || value === void 0) {
          throw new ModuleError("Value cannot be null or undefined", {
            code: "LEVEL_INVALID_VALUE"
          });
        }
      }
      #assertOpen() {
        if (this.#status !== "open") {
          throw new ModuleError("Database is not open", {
            code: "LEVEL_DATABASE_NOT_OPEN"
          });
        }
      }
      #assertUnlocked() {
        if (this.#statusLocked) {
          throw new ModuleError("Database status is locked", {
            code: "LEVEL_STATUS_LOCKED"
          });
        }
      }
    };
    var { AbstractSublevel } = require_abstract_sublevel()({ AbstractLevel });
    exports.AbstractLevel = AbstractLevel;
    exports.AbstractSublevel = AbstractSublevel;
    if (typeof Symbol.asyncDispose === "symbol") {
      AbstractLevel.prototype[Symbol.asyncDispose] = async function() {
        return this.close();
      };
    }
    var formats = function(db) {
      return Object.keys(db.supports.encodings).filter((k) => !!db.supports.encodings[k]);
    };
    var closeResource = function(resource) {
      return resource.close();
    };
    var convertRejection = function(reason) {
      if (reason instanceof Error) {
        return reason;
      }
      if (Object.prototype.toString.call(reason) === "[object Error]") {
        return reason;
      }
      const hint = reason === null ? "null" : typeof reason;
      const msg = `Promise rejection reason must be an Error, received ${hint}`;
      return new TypeError(msg);
    };
    var NotOpenError = class extends ModuleError {
      constructor(cause) {
        super("Database failed to open", {
          code: "LEVEL_DATABASE_NOT_OPEN",
          cause
        });
      }
    };
    var NotClosedError = class extends ModuleError {
      constructor(cause) {
        super("Database failed to close", {
          code: "LEVEL_DATABASE_NOT_CLOSED",
          cause
        });
      }
    };
  }
});

// ../../node_modules/abstract-level/abstract-snapshot.js
var require_abstract_snapshot = __commonJS({
  "../../node_modules/abstract-level/abstract-snapshot.js"(exports) {
    "use strict";
    var ModuleError = require_module_error();
    var { noop } = require_common();
    var AbstractSnapshot = class {
      #open = true;
      #referenceCount = 0;
      #pendingClose = null;
      #closePromise = null;
      #owner;
      constructor(options) {
        const owner = options.owner;
        if (typeof owner !== "object" || owner === null) {
          const hint = owner === null ? "null" : typeof owner;
          throw new TypeError(`Owner must be an abstract-level database, received ${hint}`);
        }
        this.#owner = owner;
        this.#owner.attachResource(this);
      }
      ref() {
        if (!this.#open) {
          throw new ModuleError("Snapshot is not open: cannot use snapshot after close()", {
            code: "LEVEL_SNAPSHOT_NOT_OPEN"
          });
        }
        this.#referenceCount++;
      }
      unref() {
        if (--this.#referenceCount === 0) {
          this.#pendingClose?.();
        }
      }
      async close() {
        if (this.#closePromise !== null) {
          return this.#closePromise.catch(noop);
        }
        this.#open = false;
        this.#closePromise = new Promise((resolve, reject2) => {
          this.#pendingClose = () => {
            this.#pendingClose = null;
            privateClose(this, this.#owner).then(resolve, reject2);
          };
        });
        if (this.#referenceCount === 0) {
          this.#pendingClose();
        }
        return this.#closePromise;
      }
      async _close() {
      }
    };
    if (typeof Symbol.asyncDispose === "symbol") {
      AbstractSnapshot.prototype[Symbol.asyncDispose] = async function() {
        return this.close();
      };
    }
    var privateClose = async function(snapshot, owner) {
      await snapshot._close();
      owner.detachResource(snapshot);
    };
    exports.AbstractSnapshot = AbstractSnapshot;
  }
});

// ../../node_modules/abstract-level/index.js
var require_abstract_level2 = __commonJS({
  "../../node_modules/abstract-level/index.js"(exports) {
    "use strict";
    exports.AbstractLevel = require_abstract_level().AbstractLevel;
    exports.AbstractSublevel = require_abstract_level().AbstractSublevel;
    exports.AbstractIterator = require_abstract_iterator().AbstractIterator;
    exports.AbstractKeyIterator = require_abstract_iterator().AbstractKeyIterator;
    exports.AbstractValueIterator = require_abstract_iterator().AbstractValueIterator;
    exports.AbstractChainedBatch = require_abstract_chained_batch().AbstractChainedBatch;
    exports.AbstractSnapshot = require_abstract_snapshot().AbstractSnapshot;
  }
});

// ../../node_modules/functional-red-black-tree/rbtree.js
var require_rbtree = __commonJS({
  "../../node_modules/functional-red-black-tree/rbtree.js"(exports, module) {
    "use strict";
    module.exports = createRBTree;
    var RED = 0;
    var BLACK = 1;
    function RBNode(color, key, value, left, right, count) {
      this._color = color;
      this.key = key;
      this.value = value;
      this.left = left;
      this.right = right;
      this._count = count;
    }
    function cloneNode(node) {
      return new RBNode(node._color, node.key, node.value, node.left, node.right, node._count);
    }
    function repaint(color, node) {
      return new RBNode(color, node.key, node.value, node.left, node.right, node._count);
    }
    function recount(node) {
      node._count = 1 + (node.left ? node.left._count : 0) + (node.right ? node.right._count : 0);
    }
    function RedBlackTree(compare, root) {
      this._compare = compare;
      this.root = root;
    }
    var proto = RedBlackTree.prototype;
    Object.defineProperty(proto, "keys", {
      get: function() {
        var result = [];
        this.forEach(function(k, v) {
          result.push(k);
        });
        return result;
      }
    });
    Object.defineProperty(proto, "values", {
      get: function() {
        var result = [];
        this.forEach(function(k, v) {
          result.push(v);
        });
        return result;
      }
    });
    Object.defineProperty(proto, "length", {
      get: function() {
        if (this.root) {
          return this.root._count;
        }
        return 0;
      }
    });
    proto.insert = function(key, value) {
      var cmp = this._compare;
      var n = this.root;
      var n_stack = [];
      var d_stack = [];
      while (n) {
        var d = cmp(key, n.key);
        n_stack.push(n);
        d_stack.push(d);
        if (d <= 0) {
          n = n.left;
        } else {
          n = n.right;
        }
      }
      n_stack.push(new RBNode(RED, key, value, null, null, 1));
      for (var s = n_stack.length - 2; s >= 0; --s) {
        var n = n_stack[s];
        if (d_stack[s] <= 0) {
          n_stack[s] = new RBNode(n._color, n.key, n.value, n_stack[s + 1], n.right, n._count + 1);
        } else {
          n_stack[s] = new RBNode(n._color, n.key, n.value, n.left, n_stack[s + 1], n._count + 1);
        }
      }
      for (var s = n_stack.length - 1; s > 1; --s) {
        var p = n_stack[s - 1];
        var n = n_stack[s];
        if (p._color === BLACK || n._color === BLACK) {
          break;
        }
        var pp = n_stack[s - 2];
        if (pp.left === p) {
          if (p.left === n) {
            var y = pp.right;
            if (y && y._color === RED) {
              p._color = BLACK;
              pp.right = repaint(BLACK, y);
              pp._color = RED;
              s -= 1;
            } else {
              pp._color = RED;
              pp.left = p.right;
              p._color = BLACK;
              p.right = pp;
              n_stack[s - 2] = p;
              n_stack[s - 1] = n;
              recount(pp);
              recount(p);
              if (s >= 3) {
                var ppp = n_stack[s - 3];
                if (ppp.left === pp) {
                  ppp.left = p;
                } else {
                  ppp.right = p;
                }
              }
              break;
            }
          } else {
            var y = pp.right;
            if (y && y._color === RED) {
              p._color = BLACK;
              pp.right = repaint(BLACK, y);
              pp._color = RED;
              s -= 1;
            } else {
              p.right = n.left;
              pp._color = RED;
              pp.left = n.right;
              n._color = BLACK;
              n.left = p;
              n.right = pp;
              n_stack[s - 2] = n;
              n_stack[s - 1] = p;
              recount(pp);
              recount(p);
              recount(n);
              if (s >= 3) {
                var ppp = n_stack[s - 3];
                if (ppp.left === pp) {
                  ppp.left = n;
                } else {
                  ppp.right = n;
                }
              }
              break;
            }
          }
        } else {
          if (p.right === n) {
            var y = pp.left;
            if (y && y._color === RED) {
              p._color = BLACK;
              pp.left = repaint(BLACK, y);
              pp._color = RED;
              s -= 1;
            } else {
              pp._color = RED;
              pp.right = p.left;
              p._color = BLACK;
              p.left = pp;
              n_stack[s - 2] = p;
              n_stack[s - 1] = n;
              recount(pp);
              recount(p);
              if (s >= 3) {
                var ppp = n_stack[s - 3];
                if (ppp.right === pp) {
                  ppp.right = p;
                } else {
                  ppp.left = p;
                }
              }
              break;
            }
          } else {
            var y = pp.left;
            if (y && y._color === RED) {
              p._color = BLACK;
              pp.left = repaint(BLACK, y);
              pp._color = RED;
              s -= 1;
            } else {
              p.left = n.right;
              pp._color = RED;
              pp.right = n.left;
              n._color = BLACK;
              n.right = p;
              n.left = pp;
              n_stack[s - 2] = n;
              n_stack[s - 1] = p;
              recount(pp);
              recount(p);
              recount(n);
              if (s >= 3) {
                var ppp = n_stack[s - 3];
                if (ppp.right === pp) {
                  ppp.right = n;
                } else {
                  ppp.left = n;
                }
              }
              break;
            }
          }
        }
      }
      n_stack[0]._color = BLACK;
      return new RedBlackTree(cmp, n_stack[0]);
    };
    function doVisitFull(visit, node) {
      if (node.left) {
        var v = doVisitFull(visit, node.left);
        if (v) {
          return v;
        }
      }
      var v = visit(node.key, node.value);
      if (v) {
        return v;
      }
      if (node.right) {
        return doVisitFull(visit, node.right);
      }
    }
    function doVisitHalf(lo, compare, visit, node) {
      var l = compare(lo, node.key);
      if (l <= 0) {
        if (node.left) {
          var v = doVisitHalf(lo, compare, visit, node.left);
          if (v) {
            return v;
          }
        }
        var v = visit(node.key, node.value);
        if (v) {
          return v;
        }
      }
      if (node.right) {
        return doVisitHalf(lo, compare, visit, node.right);
      }
    }
    function doVisit(lo, hi, compare, visit, node) {
      var l = compare(lo, node.key);
      var h = compare(hi, node.key);
      var v;
      if (l <= 0) {
        if (node.left) {
          v = doVisit(lo, hi, compare, visit, node.left);
          if (v) {
            return v;
          }
        }
        if (h > 0) {
          v = visit(node.key, node.value);
          if (v) {
            return v;
          }
        }
      }
      if (h > 0 && node.right) {
        return doVisit(lo, hi, compare, visit, node.right);
      }
    }
    proto.forEach = function rbTreeForEach(visit, lo, hi) {
      if (!this.root) {
        return;
      }
      switch (arguments.length) {
        case 1:
          return doVisitFull(visit, this.root);
          break;
        case 2:
          return doVisitHalf(lo, this._compare, visit, this.root);
          break;
        case 3:
          if (this._compare(lo, hi) >= 0) {
            return;
          }
          return doVisit(lo, hi, this._compare, visit, this.root);
          break;
      }
    };
    Object.defineProperty(proto, "begin", {
      get: function() {
        var stack = [];
        var n = this.root;
        while (n) {
          stack.push(n);
          n = n.left;
        }
        return new RedBlackTreeIterator(this, stack);
      }
    });
    Object.defineProperty(proto, "end", {
      get: function() {
        var stack = [];
        var n = this.root;
        while (n) {
          stack.push(n);
          n = n.right;
        }
        return new RedBlackTreeIterator(this, stack);
      }
    });
    proto.at = function(idx) {
      if (idx < 0) {
        return new RedBlackTreeIterator(this, []);
      }
      var n = this.root;
      var stack = [];
      while (true) {
        stack.push(n);
        if (n.left) {
          if (idx < n.left._count) {
            n = n.left;
            continue;
          }
          idx -= n.left._count;
        }
        if (!idx) {
          return new RedBlackTreeIterator(this, stack);
        }
        idx -= 1;
        if (n.right) {
          if (idx >= n.right._count) {
            break;
          }
          n = n.right;
        } else {
          break;
        }
      }
      return new RedBlackTreeIterator(this, []);
    };
    proto.ge = function(key) {
      var cmp = this._compare;
      var n = this.root;
      var stack = [];
      var last_ptr = 0;
      while (n) {
        var d = cmp(key, n.key);
        stack.push(n);
        if (d <= 0) {
          last_ptr = stack.length;
        }
        if (d <= 0) {
          n = n.left;
        } else {
          n = n.right;
        }
      }
      stack.length = last_ptr;
      return new RedBlackTreeIterator(this, stack);
    };
    proto.gt = function(key) {
      var cmp = this._compare;
      var n = this.root;
      var stack = [];
      var last_ptr = 0;
      while (n) {
        var d = cmp(key, n.key);
        stack.push(n);
        if (d < 0) {
          last_ptr = stack.length;
        }
        if (d < 0) {
          n = n.left;
        } else {
          n = n.right;
        }
      }
      stack.length = last_ptr;
      return new RedBlackTreeIterator(this, stack);
    };
    proto.lt = function(key) {
      var cmp = this._compare;
      var n = this.root;
      var stack = [];
      var last_ptr = 0;
      while (n) {
        var d = cmp(key, n.key);
        stack.push(n);
        if (d > 0) {
          last_ptr = stack.length;
        }
        if (d <= 0) {
          n = n.left;
        } else {
          n = n.right;
        }
      }
      stack.length = last_ptr;
      return new RedBlackTreeIterator(this, stack);
    };
    proto.le = function(key) {
      var cmp = this._compare;
      var n = this.root;
      var stack = [];
      var last_ptr = 0;
      while (n) {
        var d = cmp(key, n.key);
        stack.push(n);
        if (d >= 0) {
          last_ptr = stack.length;
        }
        if (d < 0) {
          n = n.left;
        } else {
          n = n.right;
        }
      }
      stack.length = last_ptr;
      return new RedBlackTreeIterator(this, stack);
    };
    proto.find = function(key) {
      var cmp = this._compare;
      var n = this.root;
      var stack = [];
      while (n) {
        var d = cmp(key, n.key);
        stack.push(n);
        if (d === 0) {
          return new RedBlackTreeIterator(this, stack);
        }
        if (d <= 0) {
          n = n.left;
        } else {
          n = n.right;
        }
      }
      return new RedBlackTreeIterator(this, []);
    };
    proto.remove = function(key) {
      var iter = this.find(key);
      if (iter) {
        return iter.remove();
      }
      return this;
    };
    proto.get = function(key) {
      var cmp = this._compare;
      var n = this.root;
      while (n) {
        var d = cmp(key, n.key);
        if (d === 0) {
          return n.value;
        }
        if (d <= 0) {
          n = n.left;
        } else {
          n = n.right;
        }
      }
      return;
    };
    function RedBlackTreeIterator(tree, stack) {
      this.tree = tree;
      this._stack = stack;
    }
    var iproto = RedBlackTreeIterator.prototype;
    Object.defineProperty(iproto, "valid", {
      get: function() {
        return this._stack.length > 0;
      }
    });
    Object.defineProperty(iproto, "node", {
      get: function() {
        if (this._stack.length > 0) {
          return this._stack[this._stack.length - 1];
        }
        return null;
      },
      enumerable: true
    });
    iproto.clone = function() {
      return new RedBlackTreeIterator(this.tree, this._stack.slice());
    };
    function swapNode(n, v) {
      n.key = v.key;
      n.value = v.value;
      n.left = v.left;
      n.right = v.right;
      n._color = v._color;
      n._count = v._count;
    }
    function fixDoubleBlack(stack) {
      var n, p, s, z;
      for (var i = stack.length - 1; i >= 0; --i) {
        n = stack[i];
        if (i === 0) {
          n._color = BLACK;
          return;
        }
        p = stack[i - 1];
        if (p.left === n) {
          s = p.right;
          if (s.right && s.right._color === RED) {
            s = p.right = cloneNode(s);
            z = s.right = cloneNode(s.right);
            p.right = s.left;
            s.left = p;
            s.right = z;
            s._color = p._color;
            n._color = BLACK;
            p._color = BLACK;
            z._color = BLACK;
            recount(p);
            recount(s);
            if (i > 1) {
              var pp = stack[i - 2];
              if (pp.left === p) {
                pp.left = s;
              } else {
                pp.right = s;
              }
            }
            stack[i - 1] = s;
            return;
          } else if (s.left && s.left._color === RED) {
            s = p.right = cloneNode(s);
            z = s.left = cloneNode(s.left);
            p.right = z.left;
            s.left = z.right;
            z.left = p;
            z.right = s;
            z._color = p._color;
            p._color = BLACK;
            s._color = BLACK;
            n._color = BLACK;
            recount(p);
            recount(s);
            recount(z);
            if (i > 1) {
              var pp = stack[i - 2];
              if (pp.left === p) {
                pp.left = z;
              } else {
                pp.right = z;
              }
            }
            stack[i - 1] = z;
            return;
          }
          if (s._color === BLACK) {
            if (p._color === RED) {
              p._color = BLACK;
              p.right = repaint(RED, s);
              return;
            } else {
              p.right = repaint(RED, s);
              continue;
            }
          } else {
            s = cloneNode(s);
            p.right = s.left;
            s.left = p;
            s._color = p._color;
            p._color = RED;
            recount(p);
            recount(s);
            if (i > 1) {
              var pp = stack[i - 2];
              if (pp.left === p) {
                pp.left = s;
              } else {
                pp.right = s;
              }
            }
            stack[i - 1] = s;
            stack[i] = p;
            if (i + 1 < stack.length) {
              stack[i + 1] = n;
            } else {
              stack.push(n);
            }
            i = i + 2;
          }
        } else {
          s = p.left;
          if (s.left && s.left._color === RED) {
            s = p.left = cloneNode(s);
            z = s.left = cloneNode(s.left);
            p.left = s.right;
            s.right = p;
            s.left = z;
            s._color = p._color;
            n._color = BLACK;
            p._color = BLACK;
            z._color = BLACK;
            recount(p);
            recount(s);
            if (i > 1) {
              var pp = stack[i - 2];
              if (pp.right === p) {
                pp.right = s;
              } else {
                pp.left = s;
              }
            }
            stack[i - 1] = s;
            return;
          } else if (s.right && s.right._color === RED) {
            s = p.left = cloneNode(s);
            z = s.right = cloneNode(s.right);
            p.left = z.right;
            s.right = z.left;
            z.right = p;
            z.left = s;
            z._color = p._color;
            p._color = BLACK;
            s._color = BLACK;
            n._color = BLACK;
            recount(p);
            recount(s);
            recount(z);
            if (i > 1) {
              var pp = stack[i - 2];
              if (pp.right === p) {
                pp.right = z;
              } else {
                pp.left = z;
              }
            }
            stack[i - 1] = z;
            return;
          }
          if (s._color === BLACK) {
            if (p._color === RED) {
              p._color = BLACK;
              p.left = repaint(RED, s);
              return;
            } else {
              p.left = repaint(RED, s);
              continue;
            }
          } else {
            s = cloneNode(s);
            p.left = s.right;
            s.right = p;
            s._color = p._color;
            p._color = RED;
            recount(p);
            recount(s);
            if (i > 1) {
              var pp = stack[i - 2];
              if (pp.right === p) {
                pp.right = s;
              } else {
                pp.left = s;
              }
            }
            stack[i - 1] = s;
            stack[i] = p;
            if (i + 1 < stack.length) {
              stack[i + 1] = n;
            } else {
              stack.push(n);
            }
            i = i + 2;
          }
        }
      }
    }
    iproto.remove = function() {
      var stack = this._stack;
      if (stack.length === 0) {
        return this.tree;
      }
      var cstack = new Array(stack.length);
      var n = stack[stack.length - 1];
      cstack[cstack.length - 1] = new RBNode(n._color, n.key, n.value, n.left, n.right, n._count);
      for (var i = stack.length - 2; i >= 0; --i) {
        var n = stack[i];
        if (n.left === stack[i + 1]) {
          cstack[i] = new RBNode(n._color, n.key, n.value, cstack[i + 1], n.right, n._count);
        } else {
          cstack[i] = new RBNode(n._color, n.key, n.value, n.left, cstack[i + 1], n._count);
        }
      }
      n = cstack[cstack.length - 1];
      if (n.left && n.right) {
        var split = cstack.length;
        n = n.left;
        while (n.right) {
          cstack.push(n);
          n = n.right;
        }
        var v = cstack[split - 1];
        cstack.push(new RBNode(n._color, v.key, v.value, n.left, n.right, n._count));
        cstack[split - 1].key = n.key;
        cstack[split - 1].value = n.value;
        for (var i = cstack.length - 2; i >= split; --i) {
          n = cstack[i];
          cstack[i] = new RBNode(n._color, n.key, n.value, n.left, cstack[i + 1], n._count);
        }
        cstack[split - 1].left = cstack[split];
      }
      n = cstack[cstack.length - 1];
      if (n._color === RED) {
        var p = cstack[cstack.length - 2];
        if (p.left === n) {
          p.left = null;
        } else if (p.right === n) {
          p.right = null;
        }
        cstack.pop();
        for (var i = 0; i < cstack.length; ++i) {
          cstack[i]._count--;
        }
        return new RedBlackTree(this.tree._compare, cstack[0]);
      } else {
        if (n.left || n.right) {
          if (n.left) {
            swapNode(n, n.left);
          } else if (n.right) {
            swapNode(n, n.right);
          }
          n._color = BLACK;
          for (var i = 0; i < cstack.length - 1; ++i) {
            cstack[i]._count--;
          }
          return new RedBlackTree(this.tree._compare, cstack[0]);
        } else if (cstack.length === 1) {
          return new RedBlackTree(this.tree._compare, null);
        } else {
          for (var i = 0; i < cstack.length; ++i) {
            cstack[i]._count--;
          }
          var parent2 = cstack[cstack.length - 2];
          fixDoubleBlack(cstack);
          if (parent2.left === n) {
            parent2.left = null;
          } else {
            parent2.right = null;
          }
        }
      }
      return new RedBlackTree(this.tree._compare, cstack[0]);
    };
    Object.defineProperty(iproto, "key", {
      get: function() {
        if (this._stack.length > 0) {
          return this._stack[this._stack.length - 1].key;
        }
        return;
      },
      enumerable: true
    });
    Object.defineProperty(iproto, "value", {
      get: function() {
        if (this._stack.length > 0) {
          return this._stack[this._stack.length - 1].value;
        }
        return;
      },
      enumerable: true
    });
    Object.defineProperty(iproto, "index", {
      get: function() {
        var idx = 0;
        var stack = this._stack;
        if (stack.length === 0) {
          var r = this.tree.root;
          if (r) {
            return r._count;
          }
          return 0;
        } else if (stack[stack.length - 1].left) {
          idx = stack[stack.length - 1].left._count;
        }
        for (var s = stack.length - 2; s >= 0; --s) {
          if (stack[s + 1] === stack[s].right) {
            ++idx;
            if (stack[s].left) {
              idx += stack[s].left._count;
            }
          }
        }
        return idx;
      },
      enumerable: true
    });
    iproto.next = function() {
      var stack = this._stack;
      if (stack.length === 0) {
        return;
      }
      var n = stack[stack.length - 1];
      if (n.right) {
        n = n.right;
        while (n) {
          stack.push(n);
          n = n.left;
        }
      } else {
        stack.pop();
        while (stack.length > 0 && stack[stack.length - 1].right === n) {
          n = stack[stack.length - 1];
          stack.pop();
        }
      }
    };
    Object.defineProperty(iproto, "hasNext", {
      get: function() {
        var stack = this._stack;
        if (stack.length === 0) {
          return false;
        }
        if (stack[stack.length - 1].right) {
          return true;
        }
        for (var s = stack.length - 1; s > 0; --s) {
          if (stack[s - 1].left === stack[s]) {
            return true;
          }
        }
        return false;
      }
    });
    iproto.update = function(value) {
      var stack = this._stack;
      if (stack.length === 0) {
        throw new Error("Can't update empty node!");
      }
      var cstack = new Array(stack.length);
      var n = stack[stack.length - 1];
      cstack[cstack.length - 1] = new RBNode(n._color, n.key, value, n.left, n.right, n._count);
      for (var i = stack.length - 2; i >= 0; --i) {
        n = stack[i];
        if (n.left === stack[i + 1]) {
          cstack[i] = new RBNode(n._color, n.key, n.value, cstack[i + 1], n.right, n._count);
        } else {
          cstack[i] = new RBNode(n._color, n.key, n.value, n.left, cstack[i + 1], n._count);
        }
      }
      return new RedBlackTree(this.tree._compare, cstack[0]);
    };
    iproto.prev = function() {
      var stack = this._stack;
      if (stack.length === 0) {
        return;
      }
      var n = stack[stack.length - 1];
      if (n.left) {
        n = n.left;
        while (n) {
          stack.push(n);
          n = n.right;
        }
      } else {
        stack.pop();
        while (stack.length > 0 && stack[stack.length - 1].left === n) {
          n = stack[stack.length - 1];
          stack.pop();
        }
      }
    };
    Object.defineProperty(iproto, "hasPrev", {
      get: function() {
        var stack = this._stack;
        if (stack.length === 0) {
          return false;
        }
        if (stack[stack.length - 1].left) {
          return true;
        }
        for (var s = stack.length - 1; s > 0; --s) {
          if (stack[s - 1].right === stack[s]) {
            return true;
          }
        }
        return false;
      }
    });
    function defaultCompare(a, b) {
      if (a < b) {
        return -1;
      }
      if (a > b) {
        return 1;
      }
      return 0;
    }
    function createRBTree(compare) {
      return new RedBlackTree(compare || defaultCompare, null);
    }
  }
});

// ../../node_modules/memory-level/lib/compare.js
var require_compare = __commonJS({
  "../../node_modules/memory-level/lib/compare.js"(exports, module) {
    "use strict";
    module.exports = function compare(a, b) {
      if (typeof a === "string") {
        return a < b ? -1 : a > b ? 1 : 0;
      }
      const length = Math.min(a.byteLength, b.byteLength);
      for (let i = 0; i < length; i++) {
        const cmp = a[i] - b[i];
        if (cmp !== 0) return cmp;
      }
      return a.byteLength - b.byteLength;
    };
  }
});

// ../../node_modules/memory-level/lib/breathe.js
var require_breathe = __commonJS({
  "../../node_modules/memory-level/lib/breathe.js"(exports, module) {
    "use strict";
    if (typeof process !== "undefined" && !process.browser && typeof global !== "undefined" && typeof global.setImmediate === "function") {
      const setImmediate2 = global.setImmediate;
      module.exports = function breathe() {
        return new Promise(setImmediate2);
      };
    } else {
      module.exports = async function breathe() {
      };
    }
  }
});

// ../../node_modules/memory-level/lib/iterator.js
var require_iterator = __commonJS({
  "../../node_modules/memory-level/lib/iterator.js"(exports) {
    "use strict";
    var {
      AbstractIterator,
      AbstractKeyIterator,
      AbstractValueIterator
    } = require_abstract_level2();
    var compare = require_compare();
    var breathe = require_breathe();
    var kNone = /* @__PURE__ */ Symbol("none");
    var kIterator = /* @__PURE__ */ Symbol("iterator");
    var kLowerBound = /* @__PURE__ */ Symbol("lowerBound");
    var kUpperBound = /* @__PURE__ */ Symbol("upperBound");
    var kOutOfRange = /* @__PURE__ */ Symbol("outOfRange");
    var kReverse = /* @__PURE__ */ Symbol("reverse");
    var kOptions = /* @__PURE__ */ Symbol("options");
    var kTest = /* @__PURE__ */ Symbol("test");
    var kAdvance = /* @__PURE__ */ Symbol("advance");
    var kInit = /* @__PURE__ */ Symbol("init");
    function gt(value) {
      return compare(value, this[kUpperBound]) > 0;
    }
    function gte(value) {
      return compare(value, this[kUpperBound]) >= 0;
    }
    function lt(value) {
      return compare(value, this[kUpperBound]) < 0;
    }
    function lte(value) {
      return compare(value, this[kUpperBound]) <= 0;
    }
    var MemoryEntryIterator = class extends AbstractIterator {
      constructor(db, tree, options) {
        super(db, options);
        this[kInit](tree, options);
      }
      async _next() {
        if (!this[kIterator].valid) return void 0;
        const key = this[kIterator].key;
        const value = this[kIterator].value;
        if (!this[kTest](key)) return void 0;
        this[kIterator][this[kAdvance]]();
        return [key, value];
      }
      async _nextv(size, options) {
        const it = this[kIterator];
        const entries = [];
        while (it.valid && entries.length < size && this[kTest](it.key)) {
          entries.push([it.key, it.value]);
          it[this[kAdvance]]();
        }
        return entries;
      }
      async _all(options) {
        const size = this.limit - this.count;
        const it = this[kIterator];
        const entries = [];
        while (it.valid && entries.length < size && this[kTest](it.key)) {
          entries.push([it.key, it.value]);
          it[this[kAdvance]]();
        }
        return entries;
      }
    };
    var MemoryKeyIterator = class extends AbstractKeyIterator {
      constructor(db, tree, options) {
        super(db, options);
        this[kInit](tree, options);
      }
      async _next() {
        if (!this[kIterator].valid) return void 0;
        const key = this[kIterator].key;
        if (!this[kTest](key)) return void 0;
        this[kIterator][this[kAdvance]]();
        return key;
      }
      async _nextv(size, options) {
        const it = this[kIterator];
        const keys = [];
        while (it.valid && keys.length < size && this[kTest](it.key)) {
          keys.push(it.key);
          it[this[kAdvance]]();
        }
        return keys;
      }
      async _all(options) {
        const size = this.limit - this.count;
        const it = this[kIterator];
        const keys = [];
        while (it.valid && keys.length < size && this[kTest](it.key)) {
          keys.push(it.key);
          it[this[kAdvance]]();
        }
        return keys;
      }
    };
    var MemoryValueIterator = class extends AbstractValueIterator {
      constructor(db, tree, options) {
        super(db, options);
        this[kInit](tree, options);
      }
      async _next(options) {
        if (!this[kIterator].valid) return void 0;
        const key = this[kIterator].key;
        const value = this[kIterator].value;
        if (!this[kTest](key)) return void 0;
        this[kIterator][this[kAdvance]]();
        return value;
      }
      async _nextv(size, options) {
        const it = this[kIterator];
        const values = [];
        while (it.valid && values.length < size && this[kTest](it.key)) {
          values.push(it.value);
          it[this[kAdvance]]();
        }
        return values;
      }
      async _all(options) {
        const size = this.limit - this.count;
        const it = this[kIterator];
        const values = [];
        while (it.valid && values.length < size && this[kTest](it.key)) {
          values.push(it.value);
          it[this[kAdvance]]();
        }
        return values;
      }
    };
    var MemoryClearIterator = class extends AbstractKeyIterator {
      constructor(db, tree, options) {
        super(db, options);
        this[kInit](tree, options);
      }
      // This is not an abstract-level API
      async visit(visitor) {
        const limit = this.limit;
        const it = this[kIterator];
        let count = 0;
        while (true) {
          for (let i = 0; i < 500; i++) {
            if (++count > limit) return;
            if (!it.valid || !this[kTest](it.key)) return;
            visitor(it.key);
            it[this[kAdvance]]();
          }
          await breathe();
        }
      }
    };
    for (const Ctor of [MemoryEntryIterator, MemoryKeyIterator, MemoryValueIterator, MemoryClearIterator]) {
      Ctor.prototype[kInit] = function(tree, options) {
        this[kReverse] = options.reverse;
        this[kOptions] = options;
        if (!this[kReverse]) {
          this[kAdvance] = "next";
          this[kLowerBound] = "gte" in options ? options.gte : "gt" in options ? options.gt : kNone;
          this[kUpperBound] = "lte" in options ? options.lte : "lt" in options ? options.lt : kNone;
          if (this[kLowerBound] === kNone) {
            this[kIterator] = tree.begin;
          } else if ("gte" in options) {
            this[kIterator] = tree.ge(this[kLowerBound]);
          } else {
            this[kIterator] = tree.gt(this[kLowerBound]);
          }
          if (this[kUpperBound] !== kNone) {
            this[kTest] = "lte" in options ? lte : lt;
          }
        } else {
          this[kAdvance] = "prev";
          this[kLowerBound] = "lte" in options ? options.lte : "lt" in options ? options.lt : kNone;
          this[kUpperBound] = "gte" in options ? options.gte : "gt" in options ? options.gt : kNone;
          if (this[kLowerBound] === kNone) {
            this[kIterator] = tree.end;
          } else if ("lte" in options) {
            this[kIterator] = tree.le(this[kLowerBound]);
          } else {
            this[kIterator] = tree.lt(this[kLowerBound]);
          }
          if (this[kUpperBound] !== kNone) {
            this[kTest] = "gte" in options ? gte : gt;
          }
        }
      };
      Ctor.prototype[kTest] = function() {
        return true;
      };
      Ctor.prototype[kOutOfRange] = function(target) {
        if (!this[kTest](target)) {
          return true;
        } else if (this[kLowerBound] === kNone) {
          return false;
        } else if (!this[kReverse]) {
          if ("gte" in this[kOptions]) {
            return compare(target, this[kLowerBound]) < 0;
          } else {
            return compare(target, this[kLowerBound]) <= 0;
          }
        } else {
          if ("lte" in this[kOptions]) {
            return compare(target, this[kLowerBound]) > 0;
          } else {
            return compare(target, this[kLowerBound]) >= 0;
          }
        }
      };
      Ctor.prototype._seek = function(target, options) {
        if (this[kOutOfRange](target)) {
          this[kIterator] = this[kIterator].tree.end;
          this[kIterator].next();
        } else if (this[kReverse]) {
          this[kIterator] = this[kIterator].tree.le(target);
        } else {
          this[kIterator] = this[kIterator].tree.ge(target);
        }
      };
    }
    exports.MemoryEntryIterator = MemoryEntryIterator;
    exports.MemoryKeyIterator = MemoryKeyIterator;
    exports.MemoryValueIterator = MemoryValueIterator;
    exports.MemoryClearIterator = MemoryClearIterator;
  }
});

// ../../node_modules/memory-level/lib/is-range-option.js
var require_is_range_option = __commonJS({
  "../../node_modules/memory-level/lib/is-range-option.js"(exports, module) {
    "use strict";
    var rangeOptions = /* @__PURE__ */ new Set(["gt", "gte", "lt", "lte"]);
    module.exports = function isRangeOption(k) {
      return rangeOptions.has(k);
    };
  }
});

// ../../node_modules/memory-level/index.js
var require_memory_level = __commonJS({
  "../../node_modules/memory-level/index.js"(exports) {
    "use strict";
    var { AbstractLevel, AbstractSnapshot } = require_abstract_level2();
    var ModuleError = require_module_error();
    var createRBT = require_rbtree();
    var { MemoryEntryIterator } = require_iterator();
    var { MemoryKeyIterator, MemoryValueIterator } = require_iterator();
    var { MemoryClearIterator } = require_iterator();
    var compare = require_compare();
    var isRangeOption = require_is_range_option();
    var kTree = /* @__PURE__ */ Symbol("tree");
    var MemoryLevel = class extends AbstractLevel {
      #tree;
      constructor(location, options) {
        if (typeof location === "object" && location !== null) {
          options = location;
        }
        let { storeEncoding, ...forward } = options || {};
        storeEncoding = storeEncoding || "buffer";
        if (!["buffer", "view", "utf8"].includes(storeEncoding)) {
          throw new ModuleError("The storeEncoding option must be 'buffer', 'view' or 'utf8'", {
            code: "LEVEL_ENCODING_NOT_SUPPORTED"
          });
        }
        super({
          seek: true,
          explicitSnapshots: true,
          permanence: false,
          createIfMissing: false,
          errorIfExists: false,
          has: true,
          getSync: true,
          encodings: { [storeEncoding]: true },
          signals: {
            // Would have no value here because the operations are synchronous
            iterators: false
          }
        }, forward);
        this.#tree = createRBT(compare);
      }
      async _put(key, value, options) {
        const it = this.#tree.find(key);
        if (it.valid) {
          this.#tree = it.update(value);
        } else {
          this.#tree = this.#tree.insert(key, value);
        }
      }
      async _get(key, options) {
        const tree = options.snapshot?.[kTree] ?? this.#tree;
        return tree.get(key);
      }
      _getSync(key, options) {
        const tree = options.snapshot?.[kTree] ?? this.#tree;
        return tree.get(key);
      }
      async _getMany(keys, options) {
        const tree = options.snapshot?.[kTree] ?? this.#tree;
        return keys.map(get, tree);
      }
      async _has(key, options) {
        const tree = options.snapshot?.[kTree] ?? this.#tree;
        return tree.get(key) !== void 0;
      }
      async _hasMany(keys, options) {
        const tree = options.snapshot?.[kTree] ?? this.#tree;
        return keys.map(has, tree);
      }
      async _del(key, options) {
        this.#tree = this.#tree.remove(key);
      }
      async _batch(operations, options) {
        let tree = this.#tree;
        for (const op of operations) {
          const key = op.key;
          const it = tree.find(key);
          if (op.type === "put") {
            tree = it.valid ? it.update(op.value) : tree.insert(key, op.value);
          } else {
            tree = it.remove();
          }
        }
        this.#tree = tree;
      }
      async _clear(options) {
        if (options.limit === -1 && !Object.keys(options).some(isRangeOption) && options.snapshot == null) {
          this.#tree = createRBT(compare);
          return;
        }
        const tree = options.snapshot?.[kTree] ?? this.#tree;
        const iterator = new MemoryClearIterator(this, tree, options);
        try {
          await iterator.visit(this.#clearKey);
        } finally {
          await iterator.close();
        }
      }
      #clearKey = (key) => {
        this.#tree = this.#tree.remove(key);
      };
      _iterator(options) {
        const tree = options.snapshot?.[kTree] ?? this.#tree;
        return new MemoryEntryIterator(this, tree, options);
      }
      _keys(options) {
        const tree = options.snapshot?.[kTree] ?? this.#tree;
        return new MemoryKeyIterator(this, tree, options);
      }
      _values(options) {
        const tree = options.snapshot?.[kTree] ?? this.#tree;
        return new MemoryValueIterator(this, tree, options);
      }
      _snapshot(options) {
        return new MemorySnapshot(this.#tree, options);
      }
    };
    var MemorySnapshot = class extends AbstractSnapshot {
      constructor(tree, options) {
        super(options);
        this[kTree] = tree;
      }
    };
    exports.MemoryLevel = MemoryLevel;
    function get(key) {
      return this.get(key);
    }
    function has(key) {
      return this.get(key) !== void 0;
    }
  }
});

// ../../node_modules/lock/index.js
var require_lock = __commonJS({
  "../../node_modules/lock/index.js"(exports, module) {
    function Lock() {
      var next = typeof setImmediate === "undefined" ? setTimeout : setImmediate;
      var locked = {};
      function _releaser(key, exec) {
        return function(done) {
          return function() {
            _release(key, exec);
            if (done) done.apply(null, arguments);
          };
        };
      }
      function _release(key, exec) {
        var i = locked[key].indexOf(exec);
        if (!~i) return;
        locked[key].splice(i, 1);
        if (isLocked(key))
          next(function() {
            locked[key][0](_releaser(key, locked[key][0]));
          });
        else
          delete locked[key];
      }
      function _lock(key, exec) {
        if (isLocked(key))
          return locked[key].push(exec), false;
        return locked[key] = [exec], true;
      }
      function lock(key, exec) {
        if (Array.isArray(key)) {
          let releaser2 = function(done) {
            return function() {
              var args = [].slice.call(arguments);
              for (var key2 in l)
                _release(key2, l[key2]);
              done.apply(this, args);
            };
          };
          var releaser = releaser2;
          var keys = key.length, locks = [];
          var l = {};
          key.forEach(function(key2) {
            var n = 0;
            function ready() {
              if (n++) return;
              if (!--keys)
                exec(releaser2);
            }
            l[key2] = ready;
            if (_lock(key2, ready)) ready();
          });
          return;
        }
        if (_lock(key, exec))
          exec(_releaser(key, exec));
      }
      function isLocked(key) {
        return Array.isArray(locked[key]) ? !!locked[key].length : false;
      }
      lock.isLocked = isLocked;
      return lock;
    }
    module.exports.Lock = Lock;
  }
});

// ../../node_modules/big.js/big.js
var require_big = __commonJS({
  "../../node_modules/big.js/big.js"(exports, module) {
    (function(GLOBAL) {
      "use strict";
      var Big, DP = 20, RM = 1, MAX_DP = 1e6, MAX_POWER = 1e6, NE = -7, PE = 21, STRICT = false, NAME = "[big.js] ", INVALID = NAME + "Invalid ", INVALID_DP = INVALID + "decimal places", INVALID_RM = INVALID + "rounding mode", DIV_BY_ZERO = NAME + "Division by zero", P = {}, UNDEFINED = void 0, NUMERIC = /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
      function _Big_() {
        function Big2(n) {
          var x = this;
          if (!(x instanceof Big2)) return n === UNDEFINED ? _Big_() : new Big2(n);
          if (n instanceof Big2) {
            x.s = n.s;
            x.e = n.e;
            x.c = n.c.slice();
          } else {
            if (typeof n !== "string") {
              if (Big2.strict === true && typeof n !== "bigint") {
                throw TypeError(INVALID + "value");
              }
              n = n === 0 && 1 / n < 0 ? "-0" : String(n);
            }
            parse(x, n);
          }
          x.constructor = Big2;
        }
        Big2.prototype = P;
        Big2.DP = DP;
        Big2.RM = RM;
        Big2.NE = NE;
        Big2.PE = PE;
        Big2.strict = STRICT;
        Big2.roundDown = 0;
        Big2.roundHalfUp = 1;
        Big2.roundHalfEven = 2;
        Big2.roundUp = 3;
        return Big2;
      }
      function parse(x, n) {
        var e, i, nl;
        if (!NUMERIC.test(n)) {
          throw Error(INVALID + "number");
        }
        x.s = n.charAt(0) == "-" ? (n = n.slice(1), -1) : 1;
        if ((e = n.indexOf(".")) > -1) n = n.replace(".", "");
        if ((i = n.search(/e/i)) > 0) {
          if (e < 0) e = i;
          e += +n.slice(i + 1);
          n = n.substring(0, i);
        } else if (e < 0) {
          e = n.length;
        }
        nl = n.length;
        for (i = 0; i < nl && n.charAt(i) == "0"; ) ++i;
        if (i == nl) {
          x.c = [x.e = 0];
        } else {
          for (; nl > 0 && n.charAt(--nl) == "0"; ) ;
          x.e = e - i - 1;
          x.c = [];
          for (e = 0; i <= nl; ) x.c[e++] = +n.charAt(i++);
        }
        return x;
      }
      function round(x, sd, rm, more) {
        var xc = x.c;
        if (rm === UNDEFINED) rm = x.constructor.RM;
        if (rm !== 0 && rm !== 1 && rm !== 2 && rm !== 3) {
          throw Error(INVALID_RM);
        }
        if (sd < 1) {
          more = rm === 3 && (more || !!xc[0]) || sd === 0 && (rm === 1 && xc[0] >= 5 || rm === 2 && (xc[0] > 5 || xc[0] === 5 && (more || xc[1] !== UNDEFINED)));
          xc.length = 1;
          if (more) {
            x.e = x.e - sd + 1;
            xc[0] = 1;
          } else {
            xc[0] = x.e = 0;
          }
        } else if (sd < xc.length) {
          more = rm === 1 && xc[sd] >= 5 || rm === 2 && (xc[sd] > 5 || xc[sd] === 5 && (more || xc[sd + 1] !== UNDEFINED || xc[sd - 1] & 1)) || rm === 3 && (more || !!xc[0]);
          xc.length = sd;
          if (more) {
            for (; ++xc[--sd] > 9; ) {
              xc[sd] = 0;
              if (sd === 0) {
                ++x.e;
                xc.unshift(1);
                break;
              }
            }
          }
          for (sd = xc.length; !xc[--sd]; ) xc.pop();
        }
        return x;
      }
      function stringify(x, doExponential, isNonzero) {
        var e = x.e, s = x.c.join(""), n = s.length;
        if (doExponential) {
          s = s.charAt(0) + (n > 1 ? "." + s.slice(1) : "") + (e < 0 ? "e" : "e+") + e;
        } else if (e < 0) {
          for (; ++e; ) s = "0" + s;
          s = "0." + s;
        } else if (e > 0) {
          if (++e > n) {
            for (e -= n; e--; ) s += "0";
          } else if (e < n) {
            s = s.slice(0, e) + "." + s.slice(e);
          }
        } else if (n > 1) {
          s = s.charAt(0) + "." + s.slice(1);
        }
        return x.s < 0 && isNonzero ? "-" + s : s;
      }
      P.abs = function() {
        var x = new this.constructor(this);
        x.s = 1;
        return x;
      };
      P.cmp = function(y) {
        var isneg, x = this, xc = x.c, yc = (y = new x.constructor(y)).c, i = x.s, j = y.s, k = x.e, l = y.e;
        if (!xc[0] || !yc[0]) return !xc[0] ? !yc[0] ? 0 : -j : i;
        if (i != j) return i;
        isneg = i < 0;
        if (k != l) return k > l ^ isneg ? 1 : -1;
        j = (k = xc.length) < (l = yc.length) ? k : l;
        for (i = -1; ++i < j; ) {
          if (xc[i] != yc[i]) return xc[i] > yc[i] ^ isneg ? 1 : -1;
        }
        return k == l ? 0 : k > l ^ isneg ? 1 : -1;
      };
      P.div = function(y) {
        var x = this, Big2 = x.constructor, a = x.c, b = (y = new Big2(y)).c, k = x.s == y.s ? 1 : -1, dp = Big2.DP;
        if (dp !== ~~dp || dp < 0 || dp > MAX_DP) {
          throw Error(INVALID_DP);
        }
        if (!b[0]) {
          throw Error(DIV_BY_ZERO);
        }
        if (!a[0]) {
          y.s = k;
          y.c = [y.e = 0];
          return y;
        }
        var bl, bt, n, cmp, ri, bz = b.slice(), ai = bl = b.length, al = a.length, r = a.slice(0, bl), rl = r.length, q = y, qc = q.c = [], qi = 0, p = dp + (q.e = x.e - y.e) + 1;
        q.s = k;
        k = p < 0 ? 0 : p;
        bz.unshift(0);
        for (; rl++ < bl; ) r.push(0);
        do {
          for (n = 0; n < 10; n++) {
            if (bl != (rl = r.length)) {
              cmp = bl > rl ? 1 : -1;
            } else {
              for (ri = -1, cmp = 0; ++ri < bl; ) {
                if (b[ri] != r[ri]) {
                  cmp = b[ri] > r[ri] ? 1 : -1;
                  break;
                }
              }
            }
            if (cmp < 0) {
              for (bt = rl == bl ? b : bz; rl; ) {
                if (r[--rl] < bt[rl]) {
                  ri = rl;
                  for (; ri && !r[--ri]; ) r[ri] = 9;
                  --r[ri];
                  r[rl] += 10;
                }
                r[rl] -= bt[rl];
              }
              for (; !r[0]; ) r.shift();
            } else {
              break;
            }
          }
          qc[qi++] = cmp ? n : ++n;
          if (r[0] && cmp) r[rl] = a[ai] || 0;
          else r = [a[ai]];
        } while ((ai++ < al || r[0] !== UNDEFINED) && k--);
        if (!qc[0] && qi != 1) {
          qc.shift();
          q.e--;
          p--;
        }
        if (qi > p) round(q, p, Big2.RM, r[0] !== UNDEFINED);
        return q;
      };
      P.eq = function(y) {
        return this.cmp(y) === 0;
      };
      P.gt = function(y) {
        return this.cmp(y) > 0;
      };
      P.gte = function(y) {
        return this.cmp(y) > -1;
      };
      P.lt = function(y) {
        return this.cmp(y) < 0;
      };
      P.lte = function(y) {
        return this.cmp(y) < 1;
      };
      P.minus = P.sub = function(y) {
        var i, j, t, xlty, x = this, Big2 = x.constructor, a = x.s, b = (y = new Big2(y)).s;
        if (a != b) {
          y.s = -b;
          return x.plus(y);
        }
        var xc = x.c.slice(), xe = x.e, yc = y.c, ye = y.e;
        if (!xc[0] || !yc[0]) {
          if (yc[0]) {
            y.s = -b;
          } else if (xc[0]) {
            y = new Big2(x);
          } else {
            y.s = 1;
          }
          return y;
        }
        if (a = xe - ye) {
          if (xlty = a < 0) {
            a = -a;
            t = xc;
          } else {
            ye = xe;
            t = yc;
          }
          t.reverse();
          for (b = a; b--; ) t.push(0);
          t.reverse();
        } else {
          j = ((xlty = xc.length < yc.length) ? xc : yc).length;
          for (a = b = 0; b < j; b++) {
            if (xc[b] != yc[b]) {
              xlty = xc[b] < yc[b];
              break;
            }
          }
        }
        if (xlty) {
          t = xc;
          xc = yc;
          yc = t;
          y.s = -y.s;
        }
        if ((b = (j = yc.length) - (i = xc.length)) > 0) for (; b--; ) xc[i++] = 0;
        for (b = i; j > a; ) {
          if (xc[--j] < yc[j]) {
            for (i = j; i && !xc[--i]; ) xc[i] = 9;
            --xc[i];
            xc[j] += 10;
          }
          xc[j] -= yc[j];
        }
        for (; xc[--b] === 0; ) xc.pop();
        for (; xc[0] === 0; ) {
          xc.shift();
          --ye;
        }
        if (!xc[0]) {
          y.s = 1;
          xc = [ye = 0];
        }
        y.c = xc;
        y.e = ye;
        return y;
      };
      P.mod = function(y) {
        var ygtx, x = this, Big2 = x.constructor, a = x.s, b = (y = new Big2(y)).s;
        if (!y.c[0]) {
          throw Error(DIV_BY_ZERO);
        }
        x.s = y.s = 1;
        ygtx = y.cmp(x) == 1;
        x.s = a;
        y.s = b;
        if (ygtx) return new Big2(x);
        a = Big2.DP;
        b = Big2.RM;
        Big2.DP = Big2.RM = 0;
        x = x.div(y);
        Big2.DP = a;
        Big2.RM = b;
        return this.minus(x.times(y));
      };
      P.neg = function() {
        var x = new this.constructor(this);
        x.s = -x.s;
        return x;
      };
      P.plus = P.add = function(y) {
        var e, k, t, x = this, Big2 = x.constructor;
        y = new Big2(y);
        if (x.s != y.s) {
          y.s = -y.s;
          return x.minus(y);
        }
        var xe = x.e, xc = x.c, ye = y.e, yc = y.c;
        if (!xc[0] || !yc[0]) {
          if (!yc[0]) {
            if (xc[0]) {
              y = new Big2(x);
            } else {
              y.s = x.s;
            }
          }
          return y;
        }
        xc = xc.slice();
        if (e = xe - ye) {
          if (e > 0) {
            ye = xe;
            t = yc;
          } else {
            e = -e;
            t = xc;
          }
          t.reverse();
          for (; e--; ) t.push(0);
          t.reverse();
        }
        if (xc.length - yc.length < 0) {
          t = yc;
          yc = xc;
          xc = t;
        }
        e = yc.length;
        for (k = 0; e; xc[e] %= 10) k = (xc[--e] = xc[e] + yc[e] + k) / 10 | 0;
        if (k) {
          xc.unshift(k);
          ++ye;
        }
        for (e = xc.length; xc[--e] === 0; ) xc.pop();
        y.c = xc;
        y.e = ye;
        return y;
      };
      P.pow = function(n) {
        var x = this, one = new x.constructor("1"), y = one, isneg = n < 0;
        if (n !== ~~n || n < -MAX_POWER || n > MAX_POWER) {
          throw Error(INVALID + "exponent");
        }
        if (isneg) n = -n;
        for (; ; ) {
          if (n & 1) y = y.times(x);
          n >>= 1;
          if (!n) break;
          x = x.times(x);
        }
        return isneg ? one.div(y) : y;
      };
      P.prec = function(sd, rm) {
        if (sd !== ~~sd || sd < 1 || sd > MAX_DP) {
          throw Error(INVALID + "precision");
        }
        return round(new this.constructor(this), sd, rm);
      };
      P.round = function(dp, rm) {
        if (dp === UNDEFINED) dp = 0;
        else if (dp !== ~~dp || dp < -MAX_DP || dp > MAX_DP) {
          throw Error(INVALID_DP);
        }
        return round(new this.constructor(this), dp + this.e + 1, rm);
      };
      P.sqrt = function() {
        var r, c, t, x = this, Big2 = x.constructor, s = x.s, e = x.e, half = new Big2("0.5");
        if (!x.c[0]) return new Big2(x);
        if (s < 0) {
          throw Error(NAME + "No square root");
        }
        s = Math.sqrt(+stringify(x, true, true));
        if (s === 0 || s === 1 / 0) {
          c = x.c.join("");
          if (!(c.length + e & 1)) c += "0";
          s = Math.sqrt(c);
          e = ((e + 1) / 2 | 0) - (e < 0 || e & 1);
          r = new Big2((s == 1 / 0 ? "5e" : (s = s.toExponential()).slice(0, s.indexOf("e") + 1)) + e);
        } else {
          r = new Big2(s + "");
        }
        e = r.e + (Big2.DP += 4);
        do {
          t = r;
          r = half.times(t.plus(x.div(t)));
        } while (t.c.slice(0, e).join("") !== r.c.slice(0, e).join(""));
        return round(r, (Big2.DP -= 4) + r.e + 1, Big2.RM);
      };
      P.times = P.mul = function(y) {
        var c, x = this, Big2 = x.constructor, xc = x.c, yc = (y = new Big2(y)).c, a = xc.length, b = yc.length, i = x.e, j = y.e;
        y.s = x.s == y.s ? 1 : -1;
        if (!xc[0] || !yc[0]) {
          y.c = [y.e = 0];
          return y;
        }
        y.e = i + j;
        if (a < b) {
          c = xc;
          xc = yc;
          yc = c;
          j = a;
          a = b;
          b = j;
        }
        for (c = new Array(j = a + b); j--; ) c[j] = 0;
        for (i = b; i--; ) {
          b = 0;
          for (j = a + i; j > i; ) {
            b = c[j] + yc[i] * xc[j - i - 1] + b;
            c[j--] = b % 10;
            b = b / 10 | 0;
          }
          c[j] = b;
        }
        if (b) ++y.e;
        else c.shift();
        for (i = c.length; !c[--i]; ) c.pop();
        y.c = c;
        return y;
      };
      P.toExponential = function(dp, rm) {
        var x = this, n = x.c[0];
        if (dp !== UNDEFINED) {
          if (dp !== ~~dp || dp < 0 || dp > MAX_DP) {
            throw Error(INVALID_DP);
          }
          x = round(new x.constructor(x), ++dp, rm);
          for (; x.c.length < dp; ) x.c.push(0);
        }
        return stringify(x, true, !!n);
      };
      P.toFixed = function(dp, rm) {
        var x = this, n = x.c[0];
        if (dp !== UNDEFINED) {
          if (dp !== ~~dp || dp < 0 || dp > MAX_DP) {
            throw Error(INVALID_DP);
          }
          x = round(new x.constructor(x), dp + x.e + 1, rm);
          for (dp = dp + x.e + 1; x.c.length < dp; ) x.c.push(0);
        }
        return stringify(x, false, !!n);
      };
      P.toJSON = P.toString = function() {
        var x = this, Big2 = x.constructor;
        return stringify(x, x.e <= Big2.NE || x.e >= Big2.PE, !!x.c[0]);
      };
      P.toNumber = function() {
        var n = +stringify(this, true, true);
        if (this.constructor.strict === true && !this.eq(n.toString())) {
          throw Error(NAME + "Imprecise conversion");
        }
        return n;
      };
      P.toPrecision = function(sd, rm) {
        var x = this, Big2 = x.constructor, n = x.c[0];
        if (sd !== UNDEFINED) {
          if (sd !== ~~sd || sd < 1 || sd > MAX_DP) {
            throw Error(INVALID + "precision");
          }
          x = round(new Big2(x), sd, rm);
          for (; x.c.length < sd; ) x.c.push(0);
        }
        return stringify(x, sd <= x.e || x.e <= Big2.NE || x.e >= Big2.PE, !!n);
      };
      P.valueOf = function() {
        var x = this, Big2 = x.constructor;
        if (Big2.strict === true) {
          throw Error(NAME + "valueOf disallowed");
        }
        return stringify(x, x.e <= Big2.NE || x.e >= Big2.PE, true);
      };
      Big = _Big_();
      Big["default"] = Big.Big = Big;
      if (typeof define === "function" && define.amd) {
        define(function() {
          return Big;
        });
      } else if (typeof module !== "undefined" && module.exports) {
        module.exports = Big;
      } else {
        GLOBAL.Big = Big;
      }
    })(exports);
  }
});

// ../../node_modules/wrappy/wrappy.js
var require_wrappy = __commonJS({
  "../../node_modules/wrappy/wrappy.js"(exports, module) {
    module.exports = wrappy;
    function wrappy(fn, cb) {
      if (fn && cb) return wrappy(fn)(cb);
      if (typeof fn !== "function")
        throw new TypeError("need wrapper function");
      Object.keys(fn).forEach(function(k) {
        wrapper[k] = fn[k];
      });
      return wrapper;
      function wrapper() {
        var args = new Array(arguments.length);
        for (var i = 0; i < args.length; i++) {
          args[i] = arguments[i];
        }
        var ret = fn.apply(this, args);
        var cb2 = args[args.length - 1];
        if (typeof ret === "function" && ret !== cb2) {
          Object.keys(cb2).forEach(function(k) {
            ret[k] = cb2[k];
          });
        }
        return ret;
      }
    }
  }
});

// ../../node_modules/once/once.js
var require_once = __commonJS({
  "../../node_modules/once/once.js"(exports, module) {
    var wrappy = require_wrappy();
    module.exports = wrappy(once2);
    module.exports.strict = wrappy(onceStrict);
    once2.proto = once2(function() {
      Object.defineProperty(Function.prototype, "once", {
        value: function() {
          return once2(this);
        },
        configurable: true
      });
      Object.defineProperty(Function.prototype, "onceStrict", {
        value: function() {
          return onceStrict(this);
        },
        configurable: true
      });
    });
    function once2(fn) {
      var f = function() {
        if (f.called) return f.value;
        f.called = true;
        return f.value = fn.apply(this, arguments);
      };
      f.called = false;
      return f;
    }
    function onceStrict(fn) {
      var f = function() {
        if (f.called)
          throw new Error(f.onceError);
        f.called = true;
        return f.value = fn.apply(this, arguments);
      };
      var name = fn.name || "Function wrapped with `once`";
      f.onceError = name + " shouldn't be called more than once";
      f.called = false;
      return f;
    }
  }
});

// ../../node_modules/dynalite/db/lifecycle.js
var require_lifecycle = __commonJS({
  "../../node_modules/dynalite/db/lifecycle.js"(exports, module) {
    function DatabaseLifecycleManager(db) {
      var pendingOperations = /* @__PURE__ */ new Set();
      var state = "open";
      var shutdownTimeout = 1e4;
      function trackOperation(operation) {
        if (state === "closed") {
          return Promise.reject(new Error("Database is closed"));
        }
        pendingOperations.add(operation);
        function cleanup() {
          pendingOperations.delete(operation);
        }
        operation.then(cleanup, cleanup);
        return operation;
      }
      function getState() {
        return state;
      }
      function getPendingOperationCount() {
        return pendingOperations.size;
      }
      function isReady() {
        return state === "open";
      }
      function gracefulClose(callback) {
        if (state === "closed") {
          if (callback) {
            setImmediate(callback, null);
            return;
          }
          return Promise.resolve();
        }
        if (state === "closing") {
          if (callback) {
            let checkClosed2 = function() {
              if (state === "closed") {
                setImmediate(callback, null);
              } else {
                setTimeout(checkClosed2, 10);
              }
            };
            var checkClosed = checkClosed2;
            checkClosed2();
            return;
          }
          return new Promise(function waitForClose(resolve) {
            function checkClosed2() {
              if (state === "closed") {
                resolve();
              } else {
                setTimeout(checkClosed2, 10);
              }
            }
            checkClosed2();
          });
        }
        state = "closing";
        var closePromise = waitForOperationsAndClose();
        if (callback) {
          closePromise.then(function onGracefulCloseSuccess() {
            setImmediate(callback, null);
          }).catch(function onGracefulCloseError(err) {
            setImmediate(callback, err);
          });
        }
        return closePromise;
      }
      function waitForOperationsAndClose() {
        return new Promise(function waitForOperationsPromise(resolve, reject2) {
          if (pendingOperations.size > 0) {
            waitForPendingOperations().then(function onOperationsComplete() {
              closeDatabase().then(resolve).catch(reject2);
            }).catch(reject2);
          } else {
            closeDatabase().then(resolve).catch(reject2);
          }
        });
        function closeDatabase() {
          return new Promise(function closeDatabasePromise(resolve, reject2) {
            try {
              var closePromise;
              if (db.close._original) {
                closePromise = db.close._original();
              } else {
                closePromise = db.close();
              }
              closePromise.then(function onDatabaseClosed() {
                state = "closed";
                resolve();
              }).catch(function onDatabaseCloseError(error) {
                state = "closed";
                reject2(error);
              });
            } catch (error) {
              state = "closed";
              reject2(error);
            }
          });
        }
      }
      function waitForPendingOperations() {
        return new Promise(function waitForPendingPromise(resolve, reject2) {
          var startTime = Date.now();
          function checkOperations() {
            if (pendingOperations.size === 0) {
              resolve();
              return;
            }
            var elapsed = Date.now() - startTime;
            if (elapsed >= shutdownTimeout) {
              reject2(new Error("Shutdown timeout: " + pendingOperations.size + " operations still pending after " + shutdownTimeout + "ms"));
              return;
            }
            setTimeout(checkOperations, 10);
          }
          checkOperations();
        });
      }
      function forceClose(callback) {
        if (state === "closed") {
          var err = new Error("Database is already closed");
          if (callback) {
            setImmediate(callback, err);
            return;
          }
          return Promise.reject(err);
        }
        state = "closed";
        pendingOperations.clear();
        var closePromise = db.close._original ? db.close._original() : db.close();
        if (callback) {
          closePromise.then(function onForceCloseSuccess() {
            setImmediate(callback, null);
          }).catch(function onForceCloseError(err2) {
            setImmediate(callback, err2);
          });
        }
        return closePromise;
      }
      function setShutdownTimeout(timeout2) {
        shutdownTimeout = timeout2;
      }
      function getShutdownTimeout() {
        return shutdownTimeout;
      }
      return {
        trackOperation,
        getState,
        getPendingOperationCount,
        isReady,
        gracefulClose,
        forceClose,
        setShutdownTimeout,
        getShutdownTimeout
      };
    }
    module.exports = DatabaseLifecycleManager;
  }
});

// ../../node_modules/dynalite/db/index.js
var require_db = __commonJS({
  "../../node_modules/dynalite/db/index.js"(exports) {
    var crypto = __require("crypto");
    var events = __require("events");
    var async = (init_async(), __toCommonJS(async_exports));
    var Lazy = require_lazy();
    var { Level } = require_level();
    var { MemoryLevel } = require_memory_level();
    var lock = require_lock();
    var Big = require_big();
    var once2 = require_once();
    var DatabaseLifecycleManager = require_lifecycle();
    exports.MAX_SIZE = 409600;
    exports.create = create;
    exports.lazy = lazyStream;
    exports.validateKey = validateKey;
    exports.validateItem = validateItem;
    exports.validateUpdates = validateUpdates;
    exports.validateKeyPiece = validateKeyPiece;
    exports.validateKeyPaths = validateKeyPaths;
    exports.createKey = createKey;
    exports.createIndexKey = createIndexKey;
    exports.traverseKey = traverseKey;
    exports.traverseIndexes = traverseIndexes;
    exports.toRangeStr = toRangeStr;
    exports.toLexiStr = toLexiStr;
    exports.hashPrefix = hashPrefix;
    exports.validationError = validationError;
    exports.limitError = limitError;
    exports.checkConditional = checkConditional;
    exports.itemSize = itemSize;
    exports.capacityUnits = capacityUnits;
    exports.addConsumedCapacity = addConsumedCapacity;
    exports.matchesFilter = matchesFilter;
    exports.matchesExprFilter = matchesExprFilter;
    exports.compare = compare;
    exports.mapPaths = mapPaths;
    exports.mapPath = mapPath;
    exports.queryTable = queryTable;
    exports.updateIndexes = updateIndexes;
    exports.getIndexActions = getIndexActions;
    function create(options) {
      options = options || {};
      if (options.createTableMs == null) options.createTableMs = 500;
      if (options.deleteTableMs == null) options.deleteTableMs = 500;
      if (options.updateTableMs == null) options.updateTableMs = 500;
      if (options.maxItemSizeKb == null) options.maxItemSizeKb = exports.MAX_SIZE / 1024;
      options.maxItemSize = options.maxItemSizeKb * 1024;
      var db = options.path ? new Level(options.path, { valueEncoding: "json" }) : new MemoryLevel({ valueEncoding: "json" }), subDbs = /* @__PURE__ */ Object.create(null);
      var lifecycleManager = new DatabaseLifecycleManager(db);
      wrapWithCallbacks(db, lifecycleManager);
      var tableDb = getSubDb("table");
      tableDb.awsAccountId = (process.env.AWS_ACCOUNT_ID || "0000-0000-0000").replace(/[^\d]/g, "");
      tableDb.awsRegion = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || "us-east-1";
      function getItemDb(name) {
        return getSubDb("item-" + name);
      }
      function deleteItemDb(name, cb) {
        deleteSubDb("item-" + name, cb);
      }
      function getIndexDb(indexType, tableName, indexName) {
        return getSubDb("index-" + indexType.toLowerCase() + "~" + tableName + "~" + indexName);
      }
      function deleteIndexDb(indexType, tableName, indexName, cb) {
        deleteSubDb("index-" + indexType.toLowerCase() + "~" + tableName + "~" + indexName, cb);
      }
      function getTagDb(name) {
        return getSubDb("tag-" + name);
      }
      function deleteTagDb(name, cb) {
        deleteSubDb("tag-" + name, cb);
      }
      function getSubDb(name) {
        if (!subDbs[name]) {
          subDbs[name] = createPrefixedDbWrapper(db, name + "~", lifecycleManager);
          subDbs[name].lock = lock.Lock();
        }
        return subDbs[name];
      }
      function createPrefixedDbWrapper(mainDb, prefix) {
        return {
          put: function(key, value, callback) {
            mainDb.put(prefix + key, value, callback);
          },
          get: function(key, callback) {
            mainDb.get(prefix + key, callback);
          },
          del: function(key, callback) {
            mainDb.del(prefix + key, callback);
          },
          batch: function(operations, callback) {
            const prefixedOps = operations.map((op) => ({
              ...op,
              key: prefix + op.key
            }));
            mainDb.batch(prefixedOps, callback);
          },
          createKeyStream: function(options2) {
            const { Readable } = __require("stream");
            const prefixLength = prefix.length;
            const mainStream = mainDb.createKeyStream(options2);
            return new Readable({
              objectMode: true,
              read() {
              }
            }).wrap(mainStream).pipe(new (__require("stream")).Transform({
              objectMode: true,
              transform(key, encoding, callback) {
                if (key.startsWith(prefix)) {
                  callback(null, key.substring(prefixLength));
                } else {
                  callback();
                }
              }
            }));
          },
          createValueStream: function(options2) {
            const prefixedOptions = { ...options2 };
            if (prefixedOptions.gte) {
              prefixedOptions.gte = prefix + prefixedOptions.gte;
            } else if (prefixedOptions.gt) {
              prefixedOptions.gt = prefix + prefixedOptions.gt;
            } else {
              prefixedOptions.gte = prefix;
            }
            if (prefixedOptions.lte) {
              prefixedOptions.lte = prefix + prefixedOptions.lte;
            } else if (prefixedOptions.lt) {
              prefixedOptions.lt = prefix + prefixedOptions.lt;
            } else {
              prefixedOptions.lt = prefix + "\xFF";
            }
            return mainDb.createValueStream(prefixedOptions);
          },
          createReadStream: function(options2) {
            return this.createValueStream(options2);
          },
          close: function(callback) {
            if (callback) setImmediate(callback);
          }
        };
      }
      function wrapWithCallbacks(levelDb, lifecycleManager2) {
        const originalPut = levelDb.put.bind(levelDb);
        const originalGet = levelDb.get.bind(levelDb);
        const originalDel = levelDb.del.bind(levelDb);
        const originalBatch = levelDb.batch.bind(levelDb);
        levelDb.put = function(key, value, callback) {
          if (lifecycleManager2 && lifecycleManager2.getState() === "closed") {
            const err = new Error("Database is closed");
            if (typeof callback === "function") {
              setImmediate(callback, err);
              return;
            }
            return Promise.reject(err);
          }
          let operation;
          try {
            operation = originalPut(key, value);
          } catch (err) {
            if (err.code === "LEVEL_DATABASE_NOT_OPEN") {
              const dbErr = new Error("Database is closed");
              if (typeof callback === "function") {
                setImmediate(callback, dbErr);
                return;
              }
              return Promise.reject(dbErr);
            }
            throw err;
          }
          operation = operation.catch((err) => {
            if (err.code === "LEVEL_DATABASE_NOT_OPEN") {
              throw new Error("Database is closed");
            }
            throw err;
          });
          if (typeof callback === "function") {
            const trackedOperation = lifecycleManager2 ? lifecycleManager2.trackOperation(operation) : operation;
            trackedOperation.then(() => setImmediate(callback, null)).catch((err) => setImmediate(callback, err));
          } else {
            return lifecycleManager2 ? lifecycleManager2.trackOperation(operation) : operation;
          }
        };
        levelDb.get = function(key, callback) {
          if (lifecycleManager2 && lifecycleManager2.getState() === "closed") {
            const err = new Error("Database is closed");
            if (typeof callback === "function") {
              setImmediate(callback, err);
              return;
            }
            return Promise.reject(err);
          }
          let operation;
          try {
            operation = originalGet(key);
          } catch (err) {
            if (err.code === "LEVEL_DATABASE_NOT_OPEN") {
              const dbErr = new Error("Database is closed");
              if (typeof callback === "function") {
                setImmediate(callback, dbErr);
                return;
              }
              return Promise.reject(dbErr);
            }
            throw err;
          }
          operation = operation.catch((err) => {
            if (err.code === "LEVEL_DATABASE_NOT_OPEN") {
              throw new Error("Database is closed");
            }
            throw err;
          });
          if (typeof callback === "function") {
            const trackedOperation = lifecycleManager2 ? lifecycleManager2.trackOperation(operation) : operation;
            trackedOperation.then((value) => setImmediate(callback, null, value)).catch((err) => setImmediate(callback, err));
          } else {
            return lifecycleManager2 ? lifecycleManager2.trackOperation(operation) : operation;
          }
        };
        levelDb.del = function(key, callback) {
          if (lifecycleManager2 && lifecycleManager2.getState() === "closed") {
            const err = new Error("Database is closed");
            if (typeof callback === "function") {
              setImmediate(callback, err);
              return;
            }
            return Promise.reject(err);
          }
          let operation;
          try {
            operation = originalDel(key);
          } catch (err) {
            if (err.code === "LEVEL_DATABASE_NOT_OPEN") {
              const dbErr = new Error("Database is closed");
              if (typeof callback === "function") {
                setImmediate(callback, dbErr);
                return;
              }
              return Promise.reject(dbErr);
            }
            throw err;
          }
          operation = operation.catch((err) => {
            if (err.code === "LEVEL_DATABASE_NOT_OPEN") {
              throw new Error("Database is closed");
            }
            throw err;
          });
          if (typeof callback === "function") {
            const trackedOperation = lifecycleManager2 ? lifecycleManager2.trackOperation(operation) : operation;
            trackedOperation.then(() => setImmediate(callback, null)).catch((err) => setImmediate(callback, err));
          } else {
            return lifecycleManager2 ? lifecycleManager2.trackOperation(operation) : operation;
          }
        };
        levelDb.batch = function(operations, callback) {
          if (lifecycleManager2 && lifecycleManager2.getState() === "closed") {
            const err = new Error("Database is closed");
            if (typeof callback === "function") {
              setImmediate(callback, err);
              return;
            }
            return Promise.reject(err);
          }
          let operation;
          try {
            operation = originalBatch(operations);
          } catch (err) {
            if (err.code === "LEVEL_DATABASE_NOT_OPEN") {
              const dbErr = new Error("Database is closed");
              if (typeof callback === "function") {
                setImmediate(callback, dbErr);
                return;
              }
              return Promise.reject(dbErr);
            }
            throw err;
          }
          operation = operation.catch((err) => {
            if (err.code === "LEVEL_DATABASE_NOT_OPEN") {
              throw new Error("Database is closed");
            }
            throw err;
          });
          if (typeof callback === "function") {
            const trackedOperation = lifecycleManager2 ? lifecycleManager2.trackOperation(operation) : operation;
            trackedOperation.then(() => setImmediate(callback, null)).catch((err) => setImmediate(callback, err));
          } else {
            return lifecycleManager2 ? lifecycleManager2.trackOperation(operation) : operation;
          }
        };
        const originalClose = levelDb.close.bind(levelDb);
        if (levelDb === db) {
          levelDb.close = function(callback) {
            if (lifecycleManager2) {
              return lifecycleManager2.gracefulClose(callback);
            }
            if (typeof callback === "function") {
              originalClose().then(() => setImmediate(callback, null)).catch((err) => setImmediate(callback, err));
            } else {
              return originalClose();
            }
          };
        } else {
          levelDb.close = function(callback) {
            if (typeof callback === "function") {
              originalClose().then(() => setImmediate(callback, null)).catch((err) => setImmediate(callback, err));
            } else {
              return originalClose();
            }
          };
        }
        levelDb.close._original = originalClose;
        levelDb.createKeyStream = function(options2) {
          const { Readable } = __require("stream");
          const iterator = levelDb.keys(options2);
          return new Readable({
            objectMode: true,
            read() {
              iterator.next().then((value) => {
                if (value === void 0) {
                  this.push(null);
                } else {
                  this.push(value);
                }
              }).catch((err) => {
                this.destroy(err);
              });
            },
            destroy(err, callback) {
              if (iterator.return) {
                iterator.return().then(() => callback && callback(err)).catch(() => callback && callback(err));
              } else {
                callback && callback(err);
              }
            }
          });
        };
        levelDb.createValueStream = function(options2) {
          const { Readable } = __require("stream");
          const iterator = levelDb.values(options2);
          return new Readable({
            objectMode: true,
            read() {
              iterator.next().then((value) => {
                if (value === void 0) {
                  this.push(null);
                } else {
                  this.push(value);
                }
              }).catch((err) => {
                this.destroy(err);
              });
            },
            destroy(err, callback) {
              if (iterator.return) {
                iterator.return().then(() => callback && callback(err)).catch(() => callback && callback(err));
              } else {
                callback && callback(err);
              }
            }
          });
        };
      }
      function deleteSubDb(name, cb) {
        cb = once2(cb);
        var subDb = getSubDb(name);
        delete subDbs[name];
        lazyStream(subDb.createKeyStream(), cb).join(function(keys) {
          subDb.batch(keys.map(function(key) {
            return { type: "del", key };
          }), cb);
        });
      }
      function getTable(name, checkStatus, cb) {
        if (typeof checkStatus == "function") cb = checkStatus;
        tableDb.get(name, function(err, table) {
          if (err && (err.code === "LEVEL_DECODE_ERROR" || err.message.includes("Could not decode value"))) {
            tableDb.del(name, function() {
            });
            err = new Error("NotFoundError");
            err.name = "NotFoundError";
          }
          if (!err && (!table || typeof table !== "object" || !table.TableStatus)) {
            err = new Error("NotFoundError");
            err.name = "NotFoundError";
          }
          if (!err && checkStatus && (table.TableStatus == "CREATING" || table.TableStatus == "DELETING")) {
            err = new Error("NotFoundError");
            err.name = "NotFoundError";
          }
          if (err) {
            if (err.name == "NotFoundError") {
              err.statusCode = 400;
              err.body = {
                __type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
                message: "Requested resource not found"
              };
              if (!checkStatus) err.body.message += ": Table: " + name + " not found";
            }
            return cb(err);
          }
          cb(null, table);
        });
      }
      function recreate() {
        var self = this, newStore = create(options);
        Object.keys(newStore).forEach(function(key) {
          self[key] = newStore[key];
        });
      }
      return {
        options,
        db,
        tableDb,
        getItemDb,
        deleteItemDb,
        getIndexDb,
        deleteIndexDb,
        getTagDb,
        deleteTagDb,
        getTable,
        recreate,
        lifecycleManager
      };
    }
    function lazyStream(stream, errHandler) {
      if (errHandler) stream.on("error", errHandler);
      var streamAsLazy = new Lazy(stream);
      stream.removeAllListeners("readable");
      stream.on("data", streamAsLazy.emit.bind(streamAsLazy, "data"));
      if (stream.destroy) streamAsLazy.on("pipe", stream.destroy.bind(stream));
      return streamAsLazy;
    }
    function validateKey(dataKey, table, keySchema) {
      if (keySchema == null) keySchema = table.KeySchema;
      if (keySchema.length != Object.keys(dataKey).length) {
        return validationError("The provided key element does not match the schema");
      }
      return traverseKey(table, keySchema, function(attr, type, isHash) {
        return validateKeyPiece(dataKey, attr, type, isHash);
      });
    }
    function validateItem(dataItem, table) {
      return traverseKey(table, function(attr, type, isHash) {
        if (dataItem[attr] == null) {
          return validationError("One or more parameter values were invalid: Missing the key " + attr + " in the item");
        }
        if (dataItem[attr][type] == null) {
          return validationError("One or more parameter values were invalid: Type mismatch for key " + attr + " expected: " + type + " actual: " + Object.keys(dataItem[attr])[0]);
        }
        if (dataItem[attr][type] === "" && (type === "S" || type === "B")) {
          return validationError("One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty " + (type === "S" ? "string" : "binary") + " value. Key: " + attr);
        }
        return checkKeySize(dataItem[attr][type], type, isHash);
      }) || traverseIndexes(table, function(attr, type, index2) {
        if (dataItem[attr] != null && dataItem[attr][type] == null) {
          return validationError("One or more parameter values were invalid: Type mismatch for Index Key " + attr + " Expected: " + type + " Actual: " + Object.keys(dataItem[attr])[0] + " IndexName: " + index2.IndexName);
        }
      });
    }
    function validateUpdates(attributeUpdates, expressionUpdates, table) {
      if (attributeUpdates == null && expressionUpdates == null) return;
      return traverseKey(table, function(attr) {
        var hasKey = false;
        if (expressionUpdates) {
          var sections = expressionUpdates.sections;
          for (var j = 0; j < sections.length; j++) {
            if (sections[j].path[0] == attr) {
              hasKey = true;
              break;
            }
          }
        } else {
          hasKey = attributeUpdates[attr] != null;
        }
        if (hasKey) {
          return validationError("One or more parameter values were invalid: Cannot update attribute " + attr + ". This attribute is part of the key");
        }
      }) || traverseIndexes(table, function(attr, type, index2) {
        var actualType;
        if (expressionUpdates) {
          var sections = expressionUpdates.sections;
          for (var i = 0; i < sections.length; i++) {
            var section = sections[i];
            if (section.path.length == 1 && section.path[0] == attr) {
              actualType = section.attrType;
              break;
            }
          }
        } else {
          actualType = attributeUpdates[attr] && attributeUpdates[attr].Value ? Object.keys(attributeUpdates[attr].Value)[0] : null;
        }
        if (actualType != null && actualType != type) {
          return validationError("One or more parameter values were invalid: Type mismatch for Index Key " + attr + " Expected: " + type + " Actual: " + actualType + " IndexName: " + index2.IndexName);
        }
      }) || validateKeyPaths((expressionUpdates || {}).nestedPaths, table);
    }
    function validateKeyPiece(key, attr, type, isHash) {
      if (key[attr] == null || key[attr][type] == null) {
        return validationError("The provided key element does not match the schema");
      }
      if (key[attr][type] === "" && (type === "S" || type === "B")) {
        return validationError("One or more parameter values were invalid: The AttributeValue for a key attribute cannot contain an empty " + (type === "S" ? "string" : "binary") + " value. Key: " + attr);
      }
      return checkKeySize(key[attr][type], type, isHash);
    }
    function validateKeyPaths(nestedPaths, table) {
      if (!nestedPaths) return;
      return traverseKey(table, function(attr) {
        if (nestedPaths[attr]) {
          return validationError("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: " + attr);
        }
      }) || traverseIndexes(table, function(attr) {
        if (nestedPaths[attr]) {
          return validationError("Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: " + attr);
        }
      });
    }
    function createKey(item, table, keySchema) {
      if (keySchema == null) keySchema = table.KeySchema;
      var keyStr;
      traverseKey(table, keySchema, function(attr, type, isHash) {
        if (isHash) keyStr = hashPrefix(item[attr][type], type) + "/";
        keyStr += toRangeStr(item[attr][type], type) + "/";
      });
      return keyStr;
    }
    function createIndexKey(item, table, keySchema) {
      var tableKeyPieces = [];
      traverseKey(table, function(attr, type) {
        tableKeyPieces.push(item[attr][type], type);
      });
      return createKey(item, table, keySchema) + hashPrefix.apply(this, tableKeyPieces);
    }
    function traverseKey(table, keySchema, visitKey) {
      if (typeof keySchema == "function") {
        visitKey = keySchema;
        keySchema = table.KeySchema;
      }
      var i, j, attr, type, found;
      for (i = 0; i < keySchema.length; i++) {
        attr = keySchema[i].AttributeName;
        for (j = 0; j < table.AttributeDefinitions.length; j++) {
          if (table.AttributeDefinitions[j].AttributeName != attr) continue;
          type = table.AttributeDefinitions[j].AttributeType;
          break;
        }
        found = visitKey(attr, type, !i);
        if (found) return found;
      }
    }
    function traverseIndexes(table, visitIndex) {
      var i, j, k, attr, type, found;
      if (table.GlobalSecondaryIndexes) {
        for (i = 0; i < table.GlobalSecondaryIndexes.length; i++) {
          for (k = 0; k < table.GlobalSecondaryIndexes[i].KeySchema.length; k++) {
            attr = table.GlobalSecondaryIndexes[i].KeySchema[k].AttributeName;
            for (j = 0; j < table.AttributeDefinitions.length; j++) {
              if (table.AttributeDefinitions[j].AttributeName != attr) continue;
              type = table.AttributeDefinitions[j].AttributeType;
              break;
            }
            found = visitIndex(attr, type, table.GlobalSecondaryIndexes[i], true);
            if (found) return found;
          }
        }
      }
      if (table.LocalSecondaryIndexes) {
        for (i = 0; i < table.LocalSecondaryIndexes.length; i++) {
          attr = table.LocalSecondaryIndexes[i].KeySchema[1].AttributeName;
          for (j = 0; j < table.AttributeDefinitions.length; j++) {
            if (table.AttributeDefinitions[j].AttributeName != attr) continue;
            type = table.AttributeDefinitions[j].AttributeType;
            break;
          }
          found = visitIndex(attr, type, table.LocalSecondaryIndexes[i], false);
          if (found) return found;
        }
      }
    }
    function checkKeySize(keyPiece, type, isHash) {
      if (type == "N") return null;
      if (type == "B") keyPiece = Buffer.from(keyPiece, "base64");
      if (isHash && keyPiece.length > 2048)
        return validationError("One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes");
      else if (!isHash && keyPiece.length > 1024)
        return validationError("One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
    }
    function toRangeStr(keyPiece, type) {
      if (type == null) {
        type = Object.keys(keyPiece)[0];
        keyPiece = keyPiece[type];
      }
      if (type == "S") return Buffer.from(keyPiece, "utf8").toString("hex");
      return toLexiStr(keyPiece, type);
    }
    function toLexiStr(keyPiece, type) {
      if (keyPiece == null) return "";
      if (type == null) {
        type = Object.keys(keyPiece)[0];
        keyPiece = keyPiece[type];
      }
      if (type == "B") return Buffer.from(keyPiece, "base64").toString("hex");
      if (type != "N") return keyPiece;
      var bigNum = new Big(keyPiece), digits, exp = !bigNum.c[0] ? 0 : bigNum.s == -1 ? 125 - bigNum.e : 130 + bigNum.e;
      if (bigNum.s == -1) {
        bigNum.e = 0;
        digits = new Big(10).plus(bigNum).toFixed().replace(/\./, "");
      } else {
        digits = bigNum.c.join("");
      }
      return (bigNum.s == -1 ? "0" : "1") + ("0" + exp.toString(16)).slice(-2) + digits;
    }
    function hashPrefix(hashKey, hashType, rangeKey, rangeType) {
      if (hashType == "S") {
        hashKey = Buffer.from(hashKey, "utf8");
      } else if (hashType == "N") {
        hashKey = numToBuffer(hashKey);
      } else if (hashType == "B") {
        hashKey = Buffer.from(hashKey, "base64");
      }
      if (rangeKey) {
        if (rangeType == "S") {
          rangeKey = Buffer.from(rangeKey, "utf8");
        } else if (rangeType == "N") {
          rangeKey = numToBuffer(rangeKey);
        } else if (rangeType == "B") {
          rangeKey = Buffer.from(rangeKey, "base64");
        }
      } else {
        rangeKey = Buffer.from([]);
      }
      return crypto.createHash("md5").update("Outliers").update(hashKey).update(rangeKey).digest("hex").slice(0, 6);
    }
    function numToBuffer(num) {
      if (+num === 0) return Buffer.from([-128]);
      num = new Big(num);
      var scale = num.s, mantissa = num.c, exponent = num.e + 1, appendZero = exponent % 2 ? 1 : 0, byteArrayLengthWithoutExponent = Math.floor((mantissa.length + appendZero + 1) / 2), byteArray, appendedZero = false, mantissaIndex, byteArrayIndex;
      if (byteArrayLengthWithoutExponent < 20 && scale == -1) {
        byteArray = new Array(byteArrayLengthWithoutExponent + 2);
        byteArray[byteArrayLengthWithoutExponent + 1] = 102;
      } else {
        byteArray = new Array(byteArrayLengthWithoutExponent + 1);
      }
      byteArray[0] = Math.floor((exponent + appendZero) / 2) - 64;
      if (scale == -1)
        byteArray[0] ^= 4294967295;
      for (mantissaIndex = 0; mantissaIndex < mantissa.length; mantissaIndex++) {
        byteArrayIndex = Math.floor((mantissaIndex + appendZero) / 2) + 1;
        if (appendZero && !mantissaIndex && !appendedZero) {
          byteArray[byteArrayIndex] = 0;
          appendedZero = true;
          mantissaIndex--;
        } else if ((mantissaIndex + appendZero) % 2 === 0) {
          byteArray[byteArrayIndex] = mantissa[mantissaIndex] * 10;
        } else {
          byteArray[byteArrayIndex] += mantissa[mantissaIndex];
        }
        if ((mantissaIndex + appendZero) % 2 || mantissaIndex == mantissa.length - 1) {
          if (scale == -1)
            byteArray[byteArrayIndex] = 101 - byteArray[byteArrayIndex];
          else
            byteArray[byteArrayIndex]++;
        }
      }
      return Buffer.from(byteArray);
    }
    function checkConditional(data, existingItem) {
      existingItem = existingItem || {};
      if (data._condition) {
        if (!matchesExprFilter(existingItem, data._condition.expression)) {
          return conditionalError();
        }
        return null;
      } else if (!data.Expected) {
        return null;
      }
      if (!matchesFilter(existingItem, data.Expected, data.ConditionalOperator)) {
        return conditionalError();
      }
    }
    function validationError(msg) {
      var err = new Error(msg);
      err.statusCode = 400;
      err.body = {
        __type: "com.amazon.coral.validate#ValidationException",
        message: msg
      };
      return err;
    }
    function conditionalError(msg) {
      if (msg == null) msg = "The conditional request failed";
      var err = new Error(msg);
      err.statusCode = 400;
      err.body = {
        __type: "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException",
        message: msg
      };
      return err;
    }
    function limitError(msg) {
      var err = new Error(msg);
      err.statusCode = 400;
      err.body = {
        __type: "com.amazonaws.dynamodb.v20120810#LimitExceededException",
        message: msg
      };
      return err;
    }
    function itemSize(item, compress, addMetaSize, rangeKey) {
      var rangeKeySize = 0;
      var size = Object.keys(item).reduce(function(sum, attr) {
        var size2 = valSizeWithStorage(item[attr], compress && attr != rangeKey);
        if (compress && attr == rangeKey) {
          rangeKeySize = size2;
          return sum;
        }
        return sum + size2 + (compress ? 1 : attr.length);
      }, 0);
      return !addMetaSize ? size : 2 + size + (1 + Math.floor((1 + size) / 3072)) * (18 + rangeKeySize);
    }
    function valSizeWithStorage(itemAttr, compress) {
      var type = Object.keys(itemAttr)[0];
      var val = itemAttr[type];
      var size = valSize(val, type, compress);
      if (!compress) return size;
      switch (type) {
        case "S":
          return size + (size < 128 ? 1 : size < 16384 ? 2 : 3);
        case "B":
          return size + 1;
        case "N":
          return size + 1;
        case "SS":
          return size + val.length + 1;
        case "BS":
          return size + val.length + 1;
        case "NS":
          return size + val.length + 1;
        case "NULL":
          return 0;
        case "BOOL":
          return 1;
        case "L":
          return size;
        case "M":
          return size;
      }
    }
    function valSize(val, type, compress) {
      switch (type) {
        case "S":
          return val.length;
        case "B":
          return Buffer.from(val, "base64").length;
        case "N":
          val = new Big(val);
          var numDigits = val.c.length;
          if (numDigits == 1 && val.c[0] === 0) return 1;
          return 1 + Math.ceil(numDigits / 2) + (numDigits % 2 || val.e % 2 ? 0 : 1) + (val.s == -1 ? 1 : 0);
        case "SS":
          return val.reduce(function(sum, x) {
            return sum + valSize(x, "S");
          }, 0);
        case "BS":
          return val.reduce(function(sum, x) {
            return sum + valSize(x, "B");
          }, 0);
        case "NS":
          return val.reduce(function(sum, x) {
            return sum + valSize(x, "N");
          }, 0);
        case "NULL":
          return 1;
        case "BOOL":
          return 1;
        case "L":
          return 3 + val.reduce(function(sum, val2) {
            return sum + 1 + valSizeWithStorage(val2, compress);
          }, 0);
        case "M":
          return 3 + Object.keys(val).length + itemSize(val, compress);
      }
    }
    function capacityUnits(item, isRead, isConsistent) {
      var size = item ? Math.ceil(itemSize(item) / 1024 / (isRead ? 4 : 1)) : 1;
      return size / (!isRead || isConsistent ? 1 : 2);
    }
    function addConsumedCapacity(data, isRead, newItem, oldItem) {
      if (~["TOTAL", "INDEXES"].indexOf(data.ReturnConsumedCapacity)) {
        var capacity = capacityUnits(newItem, isRead, data.ConsistentRead);
        if (oldItem != null) {
          capacity = Math.max(capacity, capacityUnits(oldItem, isRead, data.ConsistentRead));
        }
        return {
          CapacityUnits: capacity,
          TableName: data.TableName,
          Table: data.ReturnConsumedCapacity == "INDEXES" ? { CapacityUnits: capacity } : void 0
        };
      }
    }
    function valsEqual(val1, val2) {
      if (Array.isArray(val1) && Array.isArray(val2)) {
        if (val1.length != val2.length) return false;
        return val1.every(function(val) {
          return ~val2.indexOf(val);
        });
      } else {
        return val1 == val2;
      }
    }
    function matchesFilter(val, filter2, conditionalOperator) {
      for (var attr in filter2) {
        var comp = filter2[attr].Exists != null ? filter2[attr].Exists ? "NOT_NULL" : "NULL" : filter2[attr].ComparisonOperator || "EQ";
        var result = compare(comp, val[attr], filter2[attr].AttributeValueList || filter2[attr].Value);
        if (!result) {
          return false;
        } else if (conditionalOperator == "OR") {
          return true;
        }
      }
      return true;
    }
    function matchesExprFilter(item, expr) {
      if (expr.type == "and") {
        return matchesExprFilter(item, expr.args[0]) && matchesExprFilter(item, expr.args[1]);
      } else if (expr.type == "or") {
        return matchesExprFilter(item, expr.args[0]) || matchesExprFilter(item, expr.args[1]);
      } else if (expr.type == "not") {
        return !matchesExprFilter(item, expr.args[0]);
      }
      var args = expr.args.map(function(arg) {
        return resolveArg(arg, item);
      });
      return compare(expr.type == "function" ? expr.name : expr.type, args[0], args.slice(1));
    }
    function resolveArg(arg, item) {
      if (Array.isArray(arg)) {
        return mapPath(arg, item);
      } else if (arg.type == "function" && arg.name == "size") {
        var args = arg.args.map(function(arg2) {
          return resolveArg(arg2, item);
        });
        var val = args[0], length;
        if (!val) {
          return null;
        } else if (val.S) {
          length = val.S.length;
        } else if (val.B) {
          length = Buffer.from(val.B, "base64").length;
        } else if (val.SS || val.BS || val.NS || val.L) {
          length = (val.SS || val.BS || val.NS || val.L).length;
        } else if (val.M) {
          length = Object.keys(val.M).length;
        }
        return length != null ? { N: length.toString() } : null;
      } else {
        return arg;
      }
    }
    function compare(comp, val, compVals) {
      if (!Array.isArray(compVals)) compVals = [compVals];
      var attrType = val ? Object.keys(val)[0] : null;
      var attrVal = attrType ? val[attrType] : null;
      var compType = compVals && compVals[0] ? Object.keys(compVals[0])[0] : null;
      var compVal = compType ? compVals[0][compType] : null;
      switch (comp) {
        case "EQ":
        case "=":
          if (compType != attrType || !valsEqual(attrVal, compVal)) return false;
          break;
        case "NE":
        case "<>":
          if (compType == attrType && valsEqual(attrVal, compVal)) return false;
          break;
        case "LE":
        case "<=":
          if (compType != attrType || attrType == "N" && !new Big(attrVal).lte(compVal) || attrType != "N" && toLexiStr(attrVal, attrType) > toLexiStr(compVal, attrType)) return false;
          break;
        case "LT":
        case "<":
          if (compType != attrType || attrType == "N" && !new Big(attrVal).lt(compVal) || attrType != "N" && toLexiStr(attrVal, attrType) >= toLexiStr(compVal, attrType)) return false;
          break;
        case "GE":
        case ">=":
          if (compType != attrType || attrType == "N" && !new Big(attrVal).gte(compVal) || attrType != "N" && toLexiStr(attrVal, attrType) < toLexiStr(compVal, attrType)) return false;
          break;
        case "GT":
        case ">":
          if (compType != attrType || attrType == "N" && !new Big(attrVal).gt(compVal) || attrType != "N" && toLexiStr(attrVal, attrType) <= toLexiStr(compVal, attrType)) return false;
          break;
        case "NOT_NULL":
        case "attribute_exists":
          if (attrVal == null) return false;
          break;
        case "NULL":
        case "attribute_not_exists":
          if (attrVal != null) return false;
          break;
        case "CONTAINS":
        case "contains":
          return contains(compType, compVal, attrType, attrVal);
        case "NOT_CONTAINS":
          return !contains(compType, compVal, attrType, attrVal);
        case "BEGINS_WITH":
        case "begins_with":
          if (compType != attrType) return false;
          if (compType == "B") {
            attrVal = Buffer.from(attrVal, "base64").toString();
            compVal = Buffer.from(compVal, "base64").toString();
          }
          if (attrVal.indexOf(compVal) !== 0) return false;
          break;
        case "IN":
        case "in":
          if (!attrVal) return false;
          if (!compVals.some(function(compVal2) {
            compType = Object.keys(compVal2)[0];
            compVal2 = compVal2[compType];
            return compType == attrType && valsEqual(attrVal, compVal2);
          })) return false;
          break;
        case "BETWEEN":
        case "between":
          if (!attrVal || compType != attrType || attrType == "N" && (!new Big(attrVal).gte(compVal) || !new Big(attrVal).lte(compVals[1].N)) || attrType != "N" && (toLexiStr(attrVal, attrType) < toLexiStr(compVal, attrType) || toLexiStr(attrVal, attrType) > toLexiStr(compVals[1][compType], attrType))) return false;
          break;
        case "attribute_type":
          if (!attrVal || !valsEqual(attrType, compVal)) return false;
      }
      return true;
    }
    function contains(compType, compVal, attrType, attrVal) {
      if (compType === "S") {
        if (attrType === "S") return !!~attrVal.indexOf(compVal);
        if (attrType === "SS") return attrVal.some(function(val) {
          return val === compVal;
        });
        if (attrType === "L") return attrVal.some(function(val) {
          return val && val.S && val.S === compVal;
        });
        return false;
      }
      if (compType === "N") {
        if (attrType === "NS") return attrVal.some(function(val) {
          return val === compVal;
        });
        if (attrType === "L") return attrVal.some(function(val) {
          return val && val.N && val.N === compVal;
        });
        return false;
      }
      if (compType === "B") {
        if (attrType !== "B" && attrType !== "BS" && attrType !== "L") return false;
        var compValString = Buffer.from(compVal, "base64").toString();
        if (attrType === "B") {
          var attrValString = Buffer.from(attrVal, "base64").toString();
          return !!~attrValString.indexOf(compValString);
        }
        return attrVal.some(function(val) {
          if (attrType !== "L") return compValString === Buffer.from(val, "base64").toString();
          if (attrType === "L" && val.B) return compValString === Buffer.from(val.B, "base64").toString();
          return false;
        });
      }
    }
    function mapPaths(paths, item) {
      var returnItem = /* @__PURE__ */ Object.create(null), toSquash = [];
      for (var i = 0; i < paths.length; i++) {
        var path = paths[i];
        if (!Array.isArray(path)) path = [path];
        var resolved = mapPath(path, item);
        if (resolved == null) {
          continue;
        }
        if (path.length == 1) {
          returnItem[path[0]] = resolved;
          continue;
        }
        var curItem = { M: returnItem };
        for (var j = 0; j < path.length; j++) {
          var piece = path[j];
          if (typeof piece == "number") {
            curItem.L = curItem.L || [];
            if (piece > curItem.L.length && !~toSquash.indexOf(curItem)) {
              toSquash.push(curItem);
            }
            if (j < paths[i].length - 1) {
              curItem.L[piece] = curItem.L[piece] || {};
              curItem = curItem.L[piece];
            } else {
              curItem.L[piece] = resolved;
            }
          } else {
            curItem.M = curItem.M || {};
            if (j < paths[i].length - 1) {
              curItem.M[piece] = curItem.M[piece] || {};
              curItem = curItem.M[piece];
            } else {
              curItem.M[piece] = resolved;
            }
          }
        }
      }
      toSquash.forEach(function(obj) {
        obj.L = obj.L.filter(Boolean);
      });
      return returnItem;
    }
    function mapPath(path, item) {
      if (path.length == 1) {
        return item[path[0]];
      }
      var resolved = { M: item };
      for (var i = 0; i < path.length; i++) {
        var piece = path[i];
        if (typeof piece == "number" && resolved.L) {
          resolved = resolved.L[piece];
        } else if (resolved.M) {
          resolved = resolved.M[piece];
        } else {
          resolved = null;
        }
        if (resolved == null) {
          break;
        }
      }
      return resolved;
    }
    function queryTable(store, table, data, opts, isLocal, fetchFromItemDb, startKeyNames, cb) {
      cb = once2(cb);
      var itemDb = store.getItemDb(data.TableName), vals;
      if (data.IndexName) {
        var indexDb = store.getIndexDb(isLocal ? "local" : "global", data.TableName, data.IndexName);
        vals = lazyStream(indexDb.createValueStream(opts), cb);
      } else {
        vals = lazyStream(itemDb.createValueStream(opts), cb);
      }
      var tableCapacity = 0, indexCapacity = 0, calculateCapacity = ~["TOTAL", "INDEXES"].indexOf(data.ReturnConsumedCapacity);
      if (fetchFromItemDb) {
        var em = new events.EventEmitter();
        var queue2 = async.queue(function(key, cb2) {
          if (!key) {
            em.emit("end");
            return cb2();
          }
          itemDb.get(key, function(err, item) {
            if (err) {
              em.emit("error", err);
              return cb2(err);
            }
            if (calculateCapacity) tableCapacity += itemSize(item);
            em.emit("data", item);
            cb2();
          });
        });
        var oldVals = vals;
        vals = new Lazy(em);
        oldVals.map(function(item) {
          if (calculateCapacity) indexCapacity += itemSize(item);
          queue2.push(createKey(item, table));
        }).once("pipe", queue2.push.bind(queue2, ""));
      }
      var size = 0, count = 0, rangeKey = table.KeySchema[1] && table.KeySchema[1].AttributeName;
      vals = vals.takeWhile(function(val) {
        if (count >= data.Limit || size >= 1024 * 1024) {
          return false;
        }
        if (calculateCapacity && !fetchFromItemDb) {
          var capacitySize = itemSize(val);
          if (data.IndexName) {
            indexCapacity += capacitySize;
          } else {
            tableCapacity += capacitySize;
          }
        }
        count++;
        size += itemSize(val, true, true, rangeKey);
        return true;
      });
      vals.join(function(items) {
        var lastItem = items[items.length - 1];
        var queryFilter = data.QueryFilter || data.ScanFilter;
        if (data._filter) {
          items = items.filter(function(val) {
            return matchesExprFilter(val, data._filter.expression);
          });
        } else if (queryFilter) {
          items = items.filter(function(val) {
            return matchesFilter(val, queryFilter, data.ConditionalOperator);
          });
        }
        var result = { ScannedCount: count };
        if (count >= data.Limit || size >= 1024 * 1024) {
          if (data.Limit) items.splice(data.Limit);
          if (lastItem) {
            result.LastEvaluatedKey = startKeyNames.reduce(function(key, attr) {
              key[attr] = lastItem[attr];
              return key;
            }, {});
          }
        }
        var paths = data._projection ? data._projection.paths : data.AttributesToGet;
        if (paths) {
          items = items.map(mapPaths.bind(this, paths));
        }
        result.Count = items.length;
        if (data.Select != "COUNT") result.Items = items;
        if (calculateCapacity) {
          var tableUnits = Math.ceil(tableCapacity / 1024 / 4) * (data.ConsistentRead ? 1 : 0.5);
          var indexUnits = Math.ceil(indexCapacity / 1024 / 4) * (data.ConsistentRead ? 1 : 0.5);
          result.ConsumedCapacity = {
            CapacityUnits: tableUnits + indexUnits,
            TableName: data.TableName
          };
          if (data.ReturnConsumedCapacity == "INDEXES") {
            result.ConsumedCapacity.Table = { CapacityUnits: tableUnits };
            if (data.IndexName) {
              var indexAttr = isLocal ? "LocalSecondaryIndexes" : "GlobalSecondaryIndexes";
              result.ConsumedCapacity[indexAttr] = {};
              result.ConsumedCapacity[indexAttr][data.IndexName] = { CapacityUnits: indexUnits };
            }
          }
        }
        cb(null, result);
      });
    }
    function updateIndexes(store, table, existingItem, item, cb) {
      if (!existingItem && !item) return cb();
      var puts = [], deletes = [];
      ["Local", "Global"].forEach(function(indexType) {
        var indexes = table[indexType + "SecondaryIndexes"] || [];
        var actions = getIndexActions(indexes, existingItem, item, table);
        puts = puts.concat(actions.puts.map(function(action) {
          var indexDb = store.getIndexDb(indexType, table.TableName, action.index);
          return indexDb.put.bind(indexDb, action.key, action.item);
        }));
        deletes = deletes.concat(actions.deletes.map(function(action) {
          var indexDb = store.getIndexDb(indexType, table.TableName, action.index);
          return indexDb.del.bind(indexDb, action.key);
        }));
      });
      async.parallel(deletes, function(err) {
        if (err) return cb(err);
        async.parallel(puts, cb);
      });
    }
    function getIndexActions(indexes, existingItem, item, table) {
      var puts = [], deletes = [], tableKeys = table.KeySchema.map(function(key) {
        return key.AttributeName;
      });
      indexes.forEach(function(index2) {
        var indexKeys = index2.KeySchema.map(function(key2) {
          return key2.AttributeName;
        }), key = null, itemPieces = item;
        if (item && indexKeys.every(function(key2) {
          return item[key2] != null;
        })) {
          if (index2.Projection.ProjectionType != "ALL") {
            var indexAttrs = indexKeys.concat(tableKeys, index2.Projection.NonKeyAttributes || []);
            itemPieces = indexAttrs.reduce(function(obj, attr) {
              obj[attr] = item[attr];
              return obj;
            }, /* @__PURE__ */ Object.create(null));
          }
          key = createIndexKey(itemPieces, table, index2.KeySchema);
          puts.push({ index: index2.IndexName, key, item: itemPieces });
        }
        if (existingItem && indexKeys.every(function(key2) {
          return existingItem[key2] != null;
        })) {
          var existingKey = createIndexKey(existingItem, table, index2.KeySchema);
          if (existingKey != key) {
            deletes.push({ index: index2.IndexName, key: existingKey });
          }
        }
      });
      return { puts, deletes };
    }
  }
});

// ../../node_modules/dynalite/actions/getItem.js
var require_getItem = __commonJS({
  "../../node_modules/dynalite/actions/getItem.js"(exports, module) {
    var db = require_db();
    module.exports = function getItem(store, data, cb) {
      store.getTable(data.TableName, function(err, table) {
        if (err) return cb(err);
        let invalidKey = db.validateKey(data.Key, table);
        if (invalidKey != null) return cb(invalidKey);
        let invalidKeyPath = db.validateKeyPaths((data._projection || {}).nestedPaths, table);
        if (invalidKeyPath != null) return cb(invalidKeyPath);
        var itemDb = store.getItemDb(data.TableName), key = db.createKey(data.Key, table);
        itemDb.get(key, function(err2, item) {
          if (err2 && err2.name != "NotFoundError") return cb(err2);
          var returnObj = {}, paths = data._projection ? data._projection.paths : data.AttributesToGet;
          if (item) {
            returnObj.Item = paths ? db.mapPaths(paths, item) : item;
          }
          returnObj.ConsumedCapacity = db.addConsumedCapacity(data, true, item);
          cb(null, returnObj);
        });
      });
    };
  }
});

// ../../node_modules/dynalite/actions/batchGetItem.js
var require_batchGetItem = __commonJS({
  "../../node_modules/dynalite/actions/batchGetItem.js"(exports, module) {
    var async = (init_async(), __toCommonJS(async_exports));
    var getItem = require_getItem();
    var db = require_db();
    module.exports = function batchGetItem(store, data, cb) {
      var requests = {};
      async.series([
        async.each.bind(async, Object.keys(data.RequestItems), addTableRequests),
        async.parallel.bind(async, requests)
      ], function(err, responses) {
        if (err) return cb(err);
        var res = { Responses: {}, UnprocessedKeys: {} }, table, tableResponses = responses[1], totalSize = 0, capacities = {};
        for (table in tableResponses) {
          tableResponses[table].forEach(function(tableRes, ix) {
            tableRes._key = data.RequestItems[table].Keys[ix];
          });
          shuffle(tableResponses[table]);
          res.Responses[table] = tableResponses[table].map(function(tableRes) {
            if (tableRes.Item) {
              var newSize = totalSize + db.itemSize(tableRes.Item);
              if (newSize > 1024 * 1024 + store.options.maxItemSize - 3) {
                if (!res.UnprocessedKeys[table]) {
                  res.UnprocessedKeys[table] = { Keys: [] };
                  if (data.RequestItems[table].AttributesToGet)
                    res.UnprocessedKeys[table].AttributesToGet = data.RequestItems[table].AttributesToGet;
                  if (data.RequestItems[table].ConsistentRead)
                    res.UnprocessedKeys[table].ConsistentRead = data.RequestItems[table].ConsistentRead;
                }
                if (!capacities[table]) capacities[table] = 0;
                capacities[table] += 1;
                res.UnprocessedKeys[table].Keys.push(tableRes._key);
                return null;
              }
              totalSize = newSize;
            }
            if (tableRes.ConsumedCapacity) {
              if (!capacities[table]) capacities[table] = 0;
              capacities[table] += tableRes.ConsumedCapacity.CapacityUnits;
            }
            return tableRes.Item;
          }).filter(Boolean);
        }
        if (~["TOTAL", "INDEXES"].indexOf(data.ReturnConsumedCapacity)) {
          res.ConsumedCapacity = Object.keys(tableResponses).map(function(table2) {
            return {
              CapacityUnits: capacities[table2],
              TableName: table2,
              Table: data.ReturnConsumedCapacity == "INDEXES" ? { CapacityUnits: capacities[table2] } : void 0
            };
          });
        }
        cb(null, res);
      });
      function addTableRequests(tableName, cb2) {
        store.getTable(tableName, function(err, table) {
          if (err) return cb2(err);
          var req = data.RequestItems[tableName], i, key, options, gets = [];
          for (i = 0; i < req.Keys.length; i++) {
            key = req.Keys[i];
            let invalid = db.validateKey(key, table);
            if (invalid != null) return cb2(invalid);
            options = { TableName: tableName, Key: key };
            if (req._projection) options._projection = req._projection;
            if (req.AttributesToGet) options.AttributesToGet = req.AttributesToGet;
            if (req.ConsistentRead) options.ConsistentRead = req.ConsistentRead;
            if (data.ReturnConsumedCapacity) options.ReturnConsumedCapacity = data.ReturnConsumedCapacity;
            gets.push(options);
          }
          requests[tableName] = async.map.bind(async, gets, function(data2, cb3) {
            return getItem(store, data2, cb3);
          });
          cb2();
        });
      }
    };
    function shuffle(arr) {
      var i, j, temp;
      for (i = arr.length - 1; i >= 1; i--) {
        j = Math.floor(Math.random() * (i + 1));
        temp = arr[i];
        arr[i] = arr[j];
        arr[j] = temp;
      }
    }
  }
});

// ../../node_modules/dynalite/actions/putItem.js
var require_putItem = __commonJS({
  "../../node_modules/dynalite/actions/putItem.js"(exports, module) {
    var db = require_db();
    module.exports = function putItem(store, data, cb) {
      store.getTable(data.TableName, function(err, table) {
        if (err) return cb(err);
        let invalid = db.validateItem(data.Item, table);
        if (invalid != null) return cb(invalid);
        var itemDb = store.getItemDb(data.TableName), key = db.createKey(data.Item, table);
        itemDb.lock(key, function(release) {
          cb = release(cb);
          itemDb.get(key, function(err2, existingItem) {
            if (err2 && err2.name != "NotFoundError") return cb(err2);
            let invalid2 = db.checkConditional(data, existingItem);
            if (invalid2 != null) return cb(invalid2);
            var returnObj = {};
            if (existingItem && data.ReturnValues == "ALL_OLD")
              returnObj.Attributes = existingItem;
            returnObj.ConsumedCapacity = db.addConsumedCapacity(data, false, existingItem, data.Item);
            db.updateIndexes(store, table, existingItem, data.Item, function(err3) {
              if (err3) return cb(err3);
              itemDb.put(key, data.Item, function(err4) {
                if (err4) return cb(err4);
                cb(null, returnObj);
              });
            });
          });
        });
      });
    };
  }
});

// ../../node_modules/dynalite/actions/deleteItem.js
var require_deleteItem = __commonJS({
  "../../node_modules/dynalite/actions/deleteItem.js"(exports, module) {
    var db = require_db();
    module.exports = function deleteItem(store, data, cb) {
      store.getTable(data.TableName, function(err, table) {
        if (err) return cb(err);
        let invalid = db.validateKey(data.Key, table);
        if (invalid != null) return cb(invalid);
        var itemDb = store.getItemDb(data.TableName), key = db.createKey(data.Key, table);
        itemDb.lock(key, function(release) {
          cb = release(cb);
          itemDb.get(key, function(err2, existingItem) {
            if (err2 && err2.name != "NotFoundError") return cb(err2);
            let invalid2 = db.checkConditional(data, existingItem);
            if (invalid2 != null) return cb(invalid2);
            var returnObj = {};
            if (existingItem && data.ReturnValues == "ALL_OLD")
              returnObj.Attributes = existingItem;
            returnObj.ConsumedCapacity = db.addConsumedCapacity(data, false, existingItem);
            db.updateIndexes(store, table, existingItem, null, function(err3) {
              if (err3) return cb(err3);
              itemDb.del(key, function(err4) {
                if (err4) return cb(err4);
                cb(null, returnObj);
              });
            });
          });
        });
      });
    };
  }
});

// ../../node_modules/dynalite/actions/batchWriteItem.js
var require_batchWriteItem = __commonJS({
  "../../node_modules/dynalite/actions/batchWriteItem.js"(exports, module) {
    var async = (init_async(), __toCommonJS(async_exports));
    var putItem = require_putItem();
    var deleteItem = require_deleteItem();
    var db = require_db();
    module.exports = function batchWriteItem(store, data, cb) {
      var actions = [];
      async.series([
        async.each.bind(async, Object.keys(data.RequestItems), addTableActions),
        async.parallel.bind(async, actions)
      ], function(err, responses) {
        if (err) {
          if (err.body && (/Missing the key/.test(err.body.message) || /Type mismatch for key/.test(err.body.message)))
            err.body.message = "The provided key element does not match the schema";
          return cb(err);
        }
        var res = { UnprocessedItems: {} }, tableUnits = {};
        if (~["TOTAL", "INDEXES"].indexOf(data.ReturnConsumedCapacity)) {
          responses[1].forEach(function(action) {
            var table = action.ConsumedCapacity.TableName;
            if (!tableUnits[table]) tableUnits[table] = 0;
            tableUnits[table] += action.ConsumedCapacity.CapacityUnits;
          });
          res.ConsumedCapacity = Object.keys(tableUnits).map(function(table) {
            return {
              CapacityUnits: tableUnits[table],
              TableName: table,
              Table: data.ReturnConsumedCapacity == "INDEXES" ? { CapacityUnits: tableUnits[table] } : void 0
            };
          });
        }
        cb(null, res);
      });
      function addTableActions(tableName, cb2) {
        store.getTable(tableName, function(err, table) {
          if (err) return cb2(err);
          var reqs = data.RequestItems[tableName], i, req, key, seenKeys = {}, options;
          for (i = 0; i < reqs.length; i++) {
            req = reqs[i];
            options = { TableName: tableName };
            if (data.ReturnConsumedCapacity) options.ReturnConsumedCapacity = data.ReturnConsumedCapacity;
            if (req.PutRequest) {
              let invalid = db.validateItem(req.PutRequest.Item, table);
              if (invalid != null) return cb2(invalid);
              options.Item = req.PutRequest.Item;
              actions.push(putItem.bind(null, store, options));
              key = db.createKey(options.Item, table);
            } else if (req.DeleteRequest) {
              let invalid = db.validateKey(req.DeleteRequest.Key, table);
              if (invalid != null) return cb2(invalid);
              options.Key = req.DeleteRequest.Key;
              actions.push(deleteItem.bind(null, store, options));
              key = db.createKey(options.Key, table);
            }
            if (seenKeys[key])
              return cb2(db.validationError("Provided list of item keys contains duplicates"));
            seenKeys[key] = true;
          }
          cb2();
        });
      }
    };
  }
});

// ../../node_modules/dynalite/actions/createTable.js
var require_createTable = __commonJS({
  "../../node_modules/dynalite/actions/createTable.js"(exports, module) {
    var crypto = __require("crypto");
    module.exports = function createTable(store, data, cb) {
      var key = data.TableName, tableDb = store.tableDb;
      tableDb.lock(key, function(release) {
        cb = release(cb);
        tableDb.get(key, function(err, existingTable) {
          if (err && err.name != "NotFoundError") return cb(err);
          if (!err && existingTable && typeof existingTable === "object" && existingTable.TableStatus) {
            err = new Error();
            err.statusCode = 400;
            err.body = {
              __type: "com.amazonaws.dynamodb.v20120810#ResourceInUseException",
              message: ""
            };
            return cb(err);
          }
          if (!err && existingTable && (!existingTable.TableStatus || typeof existingTable !== "object")) {
            tableDb.del(key, function() {
              createNewTable();
            });
            return;
          }
          createNewTable();
          function createNewTable() {
            data.TableArn = "arn:aws:dynamodb:" + tableDb.awsRegion + ":" + tableDb.awsAccountId + ":table/" + data.TableName;
            data.TableId = uuidV4();
            data.CreationDateTime = Date.now() / 1e3;
            data.ItemCount = 0;
            if (!data.ProvisionedThroughput) {
              data.ProvisionedThroughput = { ReadCapacityUnits: 0, WriteCapacityUnits: 0 };
            }
            data.ProvisionedThroughput.NumberOfDecreasesToday = 0;
            data.TableSizeBytes = 0;
            data.TableStatus = "CREATING";
            if (data.BillingMode == "PAY_PER_REQUEST") {
              data.BillingModeSummary = { BillingMode: "PAY_PER_REQUEST" };
              data.TableThroughputModeSummary = { TableThroughputMode: "PAY_PER_REQUEST" };
              delete data.BillingMode;
            }
            if (data.LocalSecondaryIndexes) {
              data.LocalSecondaryIndexes.forEach(function(index2) {
                index2.IndexArn = "arn:aws:dynamodb:" + tableDb.awsRegion + ":" + tableDb.awsAccountId + ":table/" + data.TableName + "/index/" + index2.IndexName;
                index2.IndexSizeBytes = 0;
                index2.ItemCount = 0;
              });
            }
            if (data.GlobalSecondaryIndexes) {
              data.GlobalSecondaryIndexes.forEach(function(index2) {
                index2.IndexArn = "arn:aws:dynamodb:" + tableDb.awsRegion + ":" + tableDb.awsAccountId + ":table/" + data.TableName + "/index/" + index2.IndexName;
                index2.IndexSizeBytes = 0;
                index2.ItemCount = 0;
                index2.IndexStatus = "CREATING";
                if (!index2.ProvisionedThroughput) {
                  index2.ProvisionedThroughput = { ReadCapacityUnits: 0, WriteCapacityUnits: 0 };
                }
                index2.ProvisionedThroughput.NumberOfDecreasesToday = 0;
              });
            }
            tableDb.put(key, data, function(err2) {
              if (err2) return cb(err2);
              setTimeout(function() {
                data.TableStatus = "ACTIVE";
                if (data.GlobalSecondaryIndexes) {
                  data.GlobalSecondaryIndexes.forEach(function(index2) {
                    index2.IndexStatus = "ACTIVE";
                  });
                }
                if (data.BillingModeSummary) {
                  data.BillingModeSummary.LastUpdateToPayPerRequestDateTime = data.CreationDateTime;
                }
                tableDb.put(key, data, function(err3) {
                  if (err3 && !/Database is (not open|closed)/.test(err3)) console.error(err3.stack || err3);
                });
              }, store.options.createTableMs);
              cb(null, { TableDescription: data });
            });
          }
        });
      });
    };
    function uuidV4() {
      var bytes = crypto.randomBytes(14).toString("hex");
      return bytes.slice(0, 8) + "-" + bytes.slice(8, 12) + "-4" + bytes.slice(13, 16) + "-" + bytes.slice(16, 20) + "-" + bytes.slice(20, 28);
    }
  }
});

// ../../node_modules/dynalite/actions/deleteTable.js
var require_deleteTable = __commonJS({
  "../../node_modules/dynalite/actions/deleteTable.js"(exports, module) {
    var async = (init_async(), __toCommonJS(async_exports));
    module.exports = function deleteTable(store, data, cb) {
      var key = data.TableName, tableDb = store.tableDb;
      store.getTable(key, false, function(err, table) {
        if (err) return cb(err);
        if (!table || typeof table !== "object") {
          err = new Error();
          err.statusCode = 400;
          err.body = {
            __type: "com.amazonaws.dynamodb.v20120810#ResourceNotFoundException",
            message: "Requested resource not found: Table: " + key + " not found"
          };
          return cb(err);
        }
        if (table.TableStatus == "CREATING") {
          err = new Error();
          err.statusCode = 400;
          err.body = {
            __type: "com.amazonaws.dynamodb.v20120810#ResourceInUseException",
            message: "Attempt to change a resource which is still in use: Table is being created: " + key
          };
          return cb(err);
        }
        table.TableStatus = "DELETING";
        var deletes = [store.deleteItemDb.bind(store, key), store.deleteTagDb.bind(store, key)];
        ["Local", "Global"].forEach(function(indexType) {
          var indexes = table[indexType + "SecondaryIndexes"] || [];
          deletes = deletes.concat(indexes.map(function(index2) {
            return store.deleteIndexDb.bind(store, indexType, table.TableName, index2.IndexName);
          }));
        });
        delete table.GlobalSecondaryIndexes;
        tableDb.put(key, table, function(err2) {
          if (err2) return cb(err2);
          async.parallel(deletes, function(err3) {
            if (err3) return cb(err3);
            setTimeout(function() {
              tableDb.del(key, function(err4) {
                if (err4 && !/Database is (not open|closed)/.test(err4)) console.error(err4.stack || err4);
              });
            }, store.options.deleteTableMs);
            cb(null, { TableDescription: table });
          });
        });
      });
    };
  }
});

// ../../node_modules/dynalite/actions/describeTable.js
var require_describeTable = __commonJS({
  "../../node_modules/dynalite/actions/describeTable.js"(exports, module) {
    module.exports = function describeTable(store, data, cb) {
      store.getTable(data.TableName, false, function(err, table) {
        if (err) return cb(err);
        cb(null, { Table: table });
      });
    };
  }
});

// ../../node_modules/dynalite/actions/describeTimeToLive.js
var require_describeTimeToLive = __commonJS({
  "../../node_modules/dynalite/actions/describeTimeToLive.js"(exports, module) {
    module.exports = function describeTimeToLive2(store, data, cb) {
      store.getTable(data.TableName, false, function(err) {
        if (err) return cb(err);
        cb(null, { TimeToLiveDescription: { TimeToLiveStatus: "DISABLED" } });
      });
    };
  }
});

// ../../node_modules/dynalite/actions/listTables.js
var require_listTables = __commonJS({
  "../../node_modules/dynalite/actions/listTables.js"(exports, module) {
    var once2 = require_once();
    var db = require_db();
    module.exports = function listTables(store, data, cb) {
      cb = once2(cb);
      var opts = {}, limit = data.Limit || 100;
      db.lazy(store.tableDb.createKeyStream(opts), cb).take(Infinity).join(function(names) {
        if (data.ExclusiveStartTableName) {
          names = names.filter(function(name) {
            return name > data.ExclusiveStartTableName;
          });
        }
        var result = {};
        if (names.length > limit) {
          names = names.slice(0, limit);
          result.LastEvaluatedTableName = names[names.length - 1];
        }
        result.TableNames = names;
        cb(null, result);
      });
    };
  }
});

// ../../node_modules/dynalite/actions/listTagsOfResource.js
var require_listTagsOfResource = __commonJS({
  "../../node_modules/dynalite/actions/listTagsOfResource.js"(exports, module) {
    var once2 = require_once();
    var db = require_db();
    module.exports = function listTagsOfResource(store, data, cb) {
      cb = once2(cb);
      var tableName = data.ResourceArn.split("/").pop();
      store.getTable(tableName, false, function(err) {
        if (err && err.name == "NotFoundError") {
          err.body.message = "Requested resource not found: ResourcArn: " + data.ResourceArn + " not found";
        }
        if (err) return cb(err);
        var tagDb = store.getTagDb(tableName);
        var keys = [];
        var values = [];
        db.lazy(tagDb.createKeyStream(), cb).join(function(tagKeys) {
          keys = tagKeys;
          db.lazy(tagDb.createValueStream(), cb).join(function(tagValues) {
            values = tagValues;
            var tags = keys.map(function(key, index2) {
              return { Key: key, Value: values[index2] };
            });
            cb(null, { Tags: tags });
          });
        });
      });
    };
  }
});

// ../../node_modules/dynalite/actions/query.js
var require_query = __commonJS({
  "../../node_modules/dynalite/actions/query.js"(exports, module) {
    var once2 = require_once();
    var db = require_db();
    module.exports = function query(store, data, cb) {
      cb = once2(cb);
      store.getTable(data.TableName, function(err, table) {
        if (err) return cb(err);
        var keySchema = table.KeySchema, startKeyNames = keySchema.map(function(key) {
          return key.AttributeName;
        }), hashKey = startKeyNames[0], rangeKey = startKeyNames[1], fetchFromItemDb = false, isLocal;
        if (data.IndexName) {
          var index2 = db.traverseIndexes(table, function(attr, type, index3, isGlobal) {
            if (index3.IndexName == data.IndexName) {
              isLocal = !isGlobal;
              return index3;
            }
          });
          if (index2 == null) {
            return cb(db.validationError("The table does not have the specified index: " + data.IndexName));
          }
          if (!isLocal && data.ConsistentRead) {
            return cb(db.validationError("Consistent reads are not supported on global secondary indexes"));
          }
          keySchema = index2.KeySchema;
          fetchFromItemDb = data.Select == "ALL_ATTRIBUTES" && index2.Projection.ProjectionType != "ALL";
          keySchema.forEach(function(key) {
            if (!~startKeyNames.indexOf(key.AttributeName)) startKeyNames.push(key.AttributeName);
          });
          hashKey = keySchema[0].AttributeName;
          rangeKey = keySchema[1] && keySchema[1].AttributeName;
        }
        if (data.ExclusiveStartKey && Object.keys(data.ExclusiveStartKey).length != startKeyNames.length) {
          return cb(db.validationError("The provided starting key is invalid"));
        }
        err = db.traverseKey(table, keySchema, function(attr, type, isHash) {
          if (data.ExclusiveStartKey) {
            if (!data.ExclusiveStartKey[attr]) {
              return db.validationError("The provided starting key is invalid");
            }
            err = db.validateKeyPiece(data.ExclusiveStartKey, attr, type, isHash);
            if (err) return err;
          }
          if (isHash && keySchema.length == 1 && Object.keys(data.KeyConditions).length > 1) {
            return db.validationError("Query key condition not supported");
          }
          if (!data.KeyConditions[attr]) {
            if (isHash || Object.keys(data.KeyConditions).length > 1) {
              return db.validationError("Query condition missed key schema element: " + attr);
            }
            return;
          }
          var comparisonOperator = data.KeyConditions[attr].ComparisonOperator;
          if (~["NULL", "NOT_NULL", "NE", "CONTAINS", "NOT_CONTAINS", "IN"].indexOf(comparisonOperator)) {
            return db.validationError("Attempted conditional constraint is not an indexable operation");
          }
          if (data.KeyConditions[attr].AttributeValueList.some(function(attrVal) {
            return attrVal[type] == null;
          })) {
            return db.validationError("One or more parameter values were invalid: Condition parameter type does not match schema type");
          }
          if (isHash && comparisonOperator != "EQ") {
            return db.validationError("Query key condition not supported");
          }
        });
        if (err) return cb(err);
        var hashType = Object.keys(data.KeyConditions[hashKey].AttributeValueList[0])[0];
        var hashVal = data.KeyConditions[hashKey].AttributeValueList[0][hashType];
        if (data.ExclusiveStartKey) {
          var tableStartKey = table.KeySchema.reduce(function(obj, attr) {
            obj[attr.AttributeName] = data.ExclusiveStartKey[attr.AttributeName];
            return obj;
          }, {});
          let invalid2 = db.validateKey(tableStartKey, table);
          if (invalid2 != null) return cb(db.validationError("The provided starting key is invalid: " + invalid2.message));
          if (!rangeKey || !data.KeyConditions[rangeKey]) {
            if (data.ExclusiveStartKey[hashKey][hashType] != hashVal) {
              return cb(db.validationError("The provided starting key is outside query boundaries based on provided conditions"));
            }
          } else {
            var matchesRange = db.compare(
              data.KeyConditions[rangeKey].ComparisonOperator,
              data.ExclusiveStartKey[rangeKey],
              data.KeyConditions[rangeKey].AttributeValueList
            );
            if (!matchesRange) {
              return cb(db.validationError("The provided starting key does not match the range key predicate"));
            }
            if (data.ExclusiveStartKey[hashKey][hashType] != hashVal) {
              return cb(db.validationError("The query can return at most one row and cannot be restarted"));
            }
          }
        }
        let invalid;
        invalid = db.validateKeyPaths((data._projection || {}).nestedPaths, table);
        if (invalid != null) return cb(invalid);
        if (data.QueryFilter || data._filter) {
          var pathHeads = data.QueryFilter ? data.QueryFilter : data._filter.pathHeads;
          var propertyName = data.QueryFilter ? "QueryFilter" : "Filter Expression";
          err = db.traverseKey(table, keySchema, function(attr) {
            if (pathHeads[attr]) {
              return db.validationError(propertyName + " can only contain non-primary key attributes: Primary key attribute: " + attr);
            }
          });
          if (err) return cb(err);
        }
        if (fetchFromItemDb && !isLocal) {
          return cb(db.validationError("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index " + data.IndexName + " because its projection type is not ALL"));
        }
        invalid = db.validateKeyPaths((data._filter || {}).nestedPaths, table);
        if (invalid != null) return cb(invalid);
        var opts = { reverse: data.ScanIndexForward === false, limit: data.Limit ? data.Limit + 1 : -1 };
        opts.gte = db.hashPrefix(hashVal, hashType) + "/" + db.toRangeStr(hashVal, hashType) + "/";
        opts.lt = opts.gte + "~";
        if (data.KeyConditions[rangeKey]) {
          var rangeStrPrefix = db.toRangeStr(data.KeyConditions[rangeKey].AttributeValueList[0]);
          var rangeStr = rangeStrPrefix + "/";
          var comp = data.KeyConditions[rangeKey].ComparisonOperator;
          if (comp == "EQ") {
            opts.gte += rangeStr;
            opts.lte = opts.gte + "~";
            delete opts.lt;
          } else if (comp == "LT") {
            opts.lt = opts.gte + rangeStr;
          } else if (comp == "LE") {
            opts.lte = opts.gte + rangeStr + "~";
            delete opts.lt;
          } else if (comp == "GT") {
            opts.gt = opts.gte + rangeStr + "~";
            delete opts.gte;
          } else if (comp == "GE") {
            opts.gte += rangeStr;
          } else if (comp == "BEGINS_WITH") {
            opts.lt = opts.gte + rangeStrPrefix + "~";
            opts.gte += rangeStr;
          } else if (comp == "BETWEEN") {
            opts.lte = opts.gte + db.toRangeStr(data.KeyConditions[rangeKey].AttributeValueList[1]) + "/~";
            opts.gte += rangeStr;
            delete opts.lt;
          }
        }
        if (data.ExclusiveStartKey) {
          var createKey = data.IndexName ? db.createIndexKey : db.createKey;
          var startKey = createKey(data.ExclusiveStartKey, table, keySchema);
          if (data.ScanIndexForward === false) {
            opts.lt = startKey;
            delete opts.lte;
          } else {
            opts.gt = startKey;
            delete opts.gte;
          }
        }
        db.queryTable(store, table, data, opts, isLocal, fetchFromItemDb, startKeyNames, cb);
      });
    };
  }
});

// ../../node_modules/dynalite/actions/scan.js
var require_scan = __commonJS({
  "../../node_modules/dynalite/actions/scan.js"(exports, module) {
    var once2 = require_once();
    var db = require_db();
    module.exports = function scan(store, data, cb) {
      cb = once2(cb);
      store.getTable(data.TableName, function(err, table) {
        if (err) return cb(err);
        var keySchema = table.KeySchema, startKeyNames = keySchema.map(function(key) {
          return key.AttributeName;
        }), fetchFromItemDb = false, isLocal;
        if (data.IndexName) {
          var index2 = db.traverseIndexes(table, function(attr, type, index3, isGlobal) {
            if (index3.IndexName == data.IndexName) {
              isLocal = !isGlobal;
              return index3;
            }
          });
          if (index2 == null) {
            return cb(db.validationError("The table does not have the specified index: " + data.IndexName));
          }
          if (!isLocal && data.ConsistentRead) {
            return cb(db.validationError("Consistent reads are not supported on global secondary indexes"));
          }
          keySchema = index2.KeySchema;
          fetchFromItemDb = data.Select == "ALL_ATTRIBUTES" && index2.Projection.ProjectionType != "ALL";
          keySchema.forEach(function(key) {
            if (!~startKeyNames.indexOf(key.AttributeName)) startKeyNames.push(key.AttributeName);
          });
        }
        if (data.ExclusiveStartKey && Object.keys(data.ExclusiveStartKey).length != startKeyNames.length) {
          return data.IndexName ? cb(db.validationError("The provided starting key is invalid")) : cb(db.validationError("The provided starting key is invalid: The provided key element does not match the schema"));
        }
        if (data.IndexName && data.ExclusiveStartKey) {
          err = db.traverseKey(table, keySchema, function(attr, type, isHash) {
            if (!data.ExclusiveStartKey[attr]) {
              return db.validationError("The provided starting key is invalid");
            }
            return db.validateKeyPiece(data.ExclusiveStartKey, attr, type, isHash);
          });
          if (err) return cb(err);
        }
        if (fetchFromItemDb && !isLocal) {
          return cb(db.validationError("One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index " + data.IndexName + " because its projection type is not ALL"));
        }
        if (data.ExclusiveStartKey) {
          var tableStartKey = table.KeySchema.reduce(function(obj, attr) {
            obj[attr.AttributeName] = data.ExclusiveStartKey[attr.AttributeName];
            return obj;
          }, {});
          let invalid2 = db.validateKey(tableStartKey, table);
          if (invalid2 != null) return cb(db.validationError("The provided starting key is invalid: " + invalid2.message));
        }
        if (data.TotalSegments > 1) {
          if (data.Segment > 0)
            var hashStart = ("00" + Math.ceil(4096 * data.Segment / data.TotalSegments).toString(16)).slice(-3);
          var hashEnd = ("00" + (Math.ceil(4096 * (data.Segment + 1) / data.TotalSegments) - 1).toString(16)).slice(-3) + "~";
        }
        if (data.ExclusiveStartKey) {
          var startKey = db.createIndexKey(data.ExclusiveStartKey, table, keySchema);
          if (data.TotalSegments > 1 && (startKey < hashStart || startKey > hashEnd)) {
            return cb(db.validationError("The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: " + data.TotalSegments + " Segment: " + data.Segment));
          }
          hashStart = startKey;
        }
        let invalid;
        invalid = db.validateKeyPaths((data._projection || {}).nestedPaths, table);
        if (invalid != null) return cb(invalid);
        invalid = db.validateKeyPaths((data._filter || {}).nestedPaths, table);
        if (invalid != null) return cb(invalid);
        var opts = { limit: data.Limit ? data.Limit + 1 : -1 };
        if (hashStart != null) {
          opts.gt = hashStart;
        }
        if (hashEnd != null) {
          opts.lt = hashEnd;
        }
        db.queryTable(store, table, data, opts, isLocal, fetchFromItemDb, startKeyNames, cb);
      });
    };
  }
});

// ../../node_modules/dynalite/actions/tagResource.js
var require_tagResource = __commonJS({
  "../../node_modules/dynalite/actions/tagResource.js"(exports, module) {
    var once2 = require_once();
    module.exports = function tagResource(store, data, cb) {
      cb = once2(cb);
      var tableName = data.ResourceArn.split("/").pop();
      store.getTable(tableName, false, function(err) {
        if (err && err.name == "NotFoundError") {
          err.body.message = "Requested resource not found: ResourcArn: " + data.ResourceArn + " not found";
        }
        if (err) return cb(err);
        var batchPuts = data.Tags.map(function(tag) {
          return { type: "put", key: tag.Key, value: tag.Value };
        });
        store.getTagDb(tableName).batch(batchPuts, function(err2) {
          if (err2) return cb(err2);
          cb(null, "");
        });
      });
    };
  }
});

// ../../node_modules/dynalite/actions/untagResource.js
var require_untagResource = __commonJS({
  "../../node_modules/dynalite/actions/untagResource.js"(exports, module) {
    var once2 = require_once();
    module.exports = function untagResource(store, data, cb) {
      cb = once2(cb);
      var tableName = data.ResourceArn.split("/").pop();
      store.getTable(tableName, false, function(err) {
        if (err && err.name == "NotFoundError") {
          err.body.message = "Requested resource not found";
        }
        if (err) return cb(err);
        var batchDeletes = data.TagKeys.map(function(key) {
          return { type: "del", key };
        });
        store.getTagDb(tableName).batch(batchDeletes, function(err2) {
          if (err2) return cb(err2);
          cb(null, "");
        });
      });
    };
  }
});

// ../../node_modules/dynalite/actions/updateItem.js
var require_updateItem = __commonJS({
  "../../node_modules/dynalite/actions/updateItem.js"(exports, module) {
    var Big = require_big();
    var db = require_db();
    module.exports = function updateItem(store, data, cb) {
      store.getTable(data.TableName, function(err, table) {
        if (err) return cb(err);
        let invalidKey = db.validateKey(data.Key, table);
        if (invalidKey != null) return cb(invalidKey);
        let invalidUpdate = db.validateUpdates(data.AttributeUpdates, data._updates, table);
        if (invalidUpdate != null) return cb(invalidUpdate);
        var itemDb = store.getItemDb(data.TableName), key = db.createKey(data.Key, table);
        itemDb.lock(key, function(release) {
          cb = release(cb);
          itemDb.get(key, function(err2, oldItem) {
            if (err2 && err2.name != "NotFoundError") return cb(err2);
            let invalid = db.checkConditional(data, oldItem);
            if (invalid != null) return cb(invalid);
            var returnObj = {}, item = data.Key, paths = data._updates ? data._updates.paths : Object.keys(data.AttributeUpdates || {});
            if (oldItem) {
              item = deepClone(oldItem);
              if (data.ReturnValues == "ALL_OLD") {
                returnObj.Attributes = oldItem;
              } else if (data.ReturnValues == "UPDATED_OLD") {
                returnObj.Attributes = db.mapPaths(paths, oldItem);
              }
            }
            err2 = data._updates ? applyUpdateExpression(data._updates.sections, table, item) : applyAttributeUpdates(data.AttributeUpdates, table, item);
            if (err2) return cb(err2);
            if (db.itemSize(item) > store.options.maxItemSize)
              return cb(db.validationError("Item size to update has exceeded the maximum allowed size"));
            if (data.ReturnValues == "ALL_NEW") {
              returnObj.Attributes = item;
            } else if (data.ReturnValues == "UPDATED_NEW") {
              returnObj.Attributes = db.mapPaths(paths, item);
            }
            returnObj.ConsumedCapacity = db.addConsumedCapacity(data, false, oldItem, item);
            db.updateIndexes(store, table, oldItem, item, function(err3) {
              if (err3) return cb(err3);
              itemDb.put(key, item, function(err4) {
                if (err4) return cb(err4);
                cb(null, returnObj);
              });
            });
          });
        });
      });
    };
    function deepClone(obj) {
      if (typeof obj != "object" || obj == null) return obj;
      var result;
      if (Array.isArray(obj)) {
        result = new Array(obj.length);
        for (var i = 0; i < obj.length; i++) {
          result[i] = deepClone(obj[i]);
        }
      } else {
        result = /* @__PURE__ */ Object.create(null);
        for (var attr in obj) {
          result[attr] = deepClone(obj[attr]);
        }
      }
      return result;
    }
    function applyAttributeUpdates(updates, table, item) {
      for (var attr in updates) {
        var update = updates[attr];
        if (update.Action == "PUT" || update.Action == null) {
          item[attr] = update.Value;
        } else if (update.Action == "ADD") {
          if (update.Value.N) {
            if (item[attr] && !item[attr].N)
              return db.validationError("Type mismatch for attribute to update");
            if (!item[attr]) item[attr] = { N: "0" };
            item[attr].N = new Big(item[attr].N).plus(update.Value.N).toFixed();
          } else {
            var type = Object.keys(update.Value)[0];
            if (item[attr] && !item[attr][type])
              return db.validationError("Type mismatch for attribute to update");
            if (!item[attr]) item[attr] = {};
            if (!item[attr][type]) item[attr][type] = [];
            var val = type == "L" ? update.Value[type] : update.Value[type].filter(function(a) {
              return !~item[attr][type].indexOf(a);
            });
            item[attr][type] = item[attr][type].concat(val);
          }
        } else if (update.Action == "DELETE") {
          if (update.Value) {
            type = Object.keys(update.Value)[0];
            if (item[attr] && !item[attr][type])
              return db.validationError("Type mismatch for attribute to update");
            if (item[attr] && item[attr][type]) {
              item[attr][type] = item[attr][type].filter(function(val2) {
                return !~update.Value[type].indexOf(val2);
              });
              if (!item[attr][type].length) delete item[attr];
            }
          } else {
            delete item[attr];
          }
        }
      }
    }
    function applyUpdateExpression(sections, table, item) {
      var toSquash = [];
      for (var i = 0; i < sections.length; i++) {
        var section = sections[i];
        if (section.type == "set") {
          section.val = resolveValue(section.val, item);
          if (typeof section.val == "string") {
            return db.validationError(section.val);
          }
        }
      }
      for (i = 0; i < sections.length; i++) {
        section = sections[i];
        var parent2 = db.mapPath(section.path.slice(0, -1), item);
        var attr = section.path[section.path.length - 1];
        if (parent2 == null || (typeof attr == "number" ? parent2.L : parent2.M) == null) {
          return db.validationError("The document path provided in the update expression is invalid for update");
        }
        var existing = parent2.M ? parent2.M[attr] : parent2.L[attr];
        var alreadyExists = existing != null;
        if (section.type == "remove") {
          deleteFromParent(parent2, attr);
        } else if (section.type == "delete") {
          if (alreadyExists && Object.keys(existing)[0] != section.attrType) {
            return db.validationError("An operand in the update expression has an incorrect data type");
          }
          if (alreadyExists) {
            existing[section.attrType] = existing[section.attrType].filter(function(val) {
              return !~section.val[section.attrType].indexOf(val);
            });
            if (!existing[section.attrType].length) {
              deleteFromParent(parent2, attr);
            }
          }
        } else if (section.type == "add") {
          if (alreadyExists && Object.keys(existing)[0] != section.attrType) {
            return db.validationError("An operand in the update expression has an incorrect data type");
          }
          if (section.attrType == "N") {
            if (!existing) existing = { N: "0" };
            existing.N = new Big(existing.N).plus(section.val.N).toFixed();
          } else {
            if (!existing) existing = {};
            if (!existing[section.attrType]) existing[section.attrType] = [];
            existing[section.attrType] = existing[section.attrType].concat(section.val[section.attrType].filter(function(a) {
              return !~existing[section.attrType].indexOf(a);
            }));
          }
          if (!alreadyExists) {
            addToParent(parent2, attr, existing, toSquash);
          }
        } else if (section.type == "set") {
          if (section.path.length == 1) {
            var err = db.traverseIndexes(table, function(attr2, type) {
              if (section.path[0] == attr2 && section.val[type] == null) {
                return db.validationError("The update expression attempted to update the secondary index key to unsupported type");
              }
            });
            if (err) return err;
          }
          addToParent(parent2, attr, section.val, toSquash);
        }
      }
      toSquash.forEach(function(obj) {
        obj.L = obj.L.filter(Boolean);
      });
    }
    function resolveValue(val, item) {
      if (Array.isArray(val)) {
        val = db.mapPath(val, item);
      } else if (val.type == "add" || val.type == "subtract") {
        var val1 = resolveValue(val.args[0], item);
        if (typeof val1 == "string") return val1;
        if (val1.N == null) {
          return "An operand in the update expression has an incorrect data type";
        }
        var val2 = resolveValue(val.args[1], item);
        if (typeof val2 == "string") return val2;
        if (val2.N == null) {
          return "An operand in the update expression has an incorrect data type";
        }
        val = { N: new Big(val1.N)[val.type == "add" ? "plus" : "minus"](val2.N).toFixed() };
      } else if (val.type == "function" && val.name == "if_not_exists") {
        val = db.mapPath(val.args[0], item) || resolveValue(val.args[1], item);
      } else if (val.type == "function" && val.name == "list_append") {
        val1 = resolveValue(val.args[0], item);
        if (typeof val1 == "string") return val1;
        if (val1.L == null) {
          return "An operand in the update expression has an incorrect data type";
        }
        val2 = resolveValue(val.args[1], item);
        if (typeof val2 == "string") return val2;
        if (val2.L == null) {
          return "An operand in the update expression has an incorrect data type";
        }
        return { L: val1.L.concat(val2.L) };
      }
      return val || "The provided expression refers to an attribute that does not exist in the item";
    }
    function deleteFromParent(parent2, attr) {
      if (parent2.M) {
        delete parent2.M[attr];
      } else if (parent2.L) {
        parent2.L.splice(attr, 1);
      }
    }
    function addToParent(parent2, attr, val, toSquash) {
      if (parent2.M) {
        parent2.M[attr] = val;
      } else if (parent2.L) {
        if (attr > parent2.L.length && !~toSquash.indexOf(parent2)) {
          toSquash.push(parent2);
        }
        parent2.L[attr] = val;
      }
    }
  }
});

// ../../node_modules/dynalite/actions/updateTable.js
var require_updateTable = __commonJS({
  "../../node_modules/dynalite/actions/updateTable.js"(exports, module) {
    var db = require_db();
    module.exports = function updateTable(store, data, cb) {
      var key = data.TableName, tableDb = store.tableDb;
      tableDb.lock(key, function(release) {
        cb = release(cb);
        store.getTable(key, false, function(err, table) {
          if (err) return cb(err);
          var tableBillingMode = (table.BillingModeSummary || {}).BillingMode || "PROVISIONED";
          if (data.ProvisionedThroughput && (data.BillingMode || tableBillingMode) == "PAY_PER_REQUEST") {
            return cb(db.validationError("One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST"));
          }
          var updates, i, update, dataThroughput, tableThroughput, readDiff, writeDiff;
          try {
            updates = getThroughputUpdates(data, table);
          } catch (err2) {
            return cb(err2);
          }
          for (i = 0; i < updates.length; i++) {
            update = updates[i];
            dataThroughput = update.dataThroughput;
            tableThroughput = update.tableThroughput;
            readDiff = dataThroughput.ReadCapacityUnits - tableThroughput.ReadCapacityUnits;
            writeDiff = dataThroughput.WriteCapacityUnits - tableThroughput.WriteCapacityUnits;
            if (!readDiff && !writeDiff)
              return cb(db.validationError(
                "The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: " + tableThroughput.ReadCapacityUnits + ". Requested ReadCapacityUnits: " + dataThroughput.ReadCapacityUnits + ". Current WriteCapacityUnits provisioned for the table: " + tableThroughput.WriteCapacityUnits + ". Requested WriteCapacityUnits: " + dataThroughput.WriteCapacityUnits + ". Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits."
              ));
            update.setStatus("UPDATING");
            if (readDiff > 0 || writeDiff > 0) tableThroughput.LastIncreaseDateTime = Date.now() / 1e3;
            if (readDiff < 0 || writeDiff < 0) tableThroughput.LastDecreaseDateTime = Date.now() / 1e3;
            update.readDiff = readDiff;
            update.writeDiff = writeDiff;
            if (data.BillingMode == "PROVISIONED" && tableBillingMode != "PROVISIONED") {
              tableThroughput.ReadCapacityUnits = dataThroughput.ReadCapacityUnits;
              tableThroughput.WriteCapacityUnits = dataThroughput.WriteCapacityUnits;
            }
          }
          if (data.BillingMode == "PAY_PER_REQUEST" && tableBillingMode != "PAY_PER_REQUEST") {
            table.TableStatus = "UPDATING";
            table.BillingModeSummary = table.BillingModeSummary || {};
            table.BillingModeSummary.BillingMode = "PAY_PER_REQUEST";
            table.TableThroughputModeSummary = table.TableThroughputModeSummary || {};
            table.TableThroughputModeSummary.TableThroughputMode = "PAY_PER_REQUEST";
            table.ProvisionedThroughput = table.ProvisionedThroughput || {};
            table.ProvisionedThroughput.LastDecreaseDateTime = Date.now() / 1e3;
            table.ProvisionedThroughput.NumberOfDecreasesToday = table.ProvisionedThroughput.NumberOfDecreasesToday || 0;
            table.ProvisionedThroughput.ReadCapacityUnits = 0;
            table.ProvisionedThroughput.WriteCapacityUnits = 0;
            if (table.GlobalSecondaryIndexes) {
              table.GlobalSecondaryIndexes.forEach(function(index2) {
                index2.IndexStatus = "UPDATING";
                index2.ProvisionedThroughput = index2.ProvisionedThroughput || {};
                index2.ProvisionedThroughput.NumberOfDecreasesToday = index2.ProvisionedThroughput.NumberOfDecreasesToday || 0;
                index2.ProvisionedThroughput.ReadCapacityUnits = 0;
                index2.ProvisionedThroughput.WriteCapacityUnits = 0;
              });
            }
          } else if (data.BillingMode == "PROVISIONED" && tableBillingMode != "PROVISIONED") {
            table.BillingModeSummary = table.BillingModeSummary || {};
            table.BillingModeSummary.BillingMode = "PROVISIONED";
            table.TableThroughputModeSummary = table.TableThroughputModeSummary || {};
            table.TableThroughputModeSummary.TableThroughputMode = "PROVISIONED";
          }
          tableDb.put(key, table, function(err2) {
            if (err2) return cb(err2);
            setTimeout(function() {
              updates.forEach(function(update2) {
                dataThroughput = update2.dataThroughput;
                tableThroughput = update2.tableThroughput;
                update2.setStatus("ACTIVE");
                if (update2.readDiff > 0 || update2.writeDiff > 0) {
                  tableThroughput.LastIncreaseDateTime = Date.now() / 1e3;
                } else if (update2.readDiff < 0 || update2.writeDiff < 0) {
                  tableThroughput.LastDecreaseDateTime = Date.now() / 1e3;
                  tableThroughput.NumberOfDecreasesToday++;
                }
                tableThroughput.ReadCapacityUnits = dataThroughput.ReadCapacityUnits;
                tableThroughput.WriteCapacityUnits = dataThroughput.WriteCapacityUnits;
              });
              if (data.BillingMode == "PAY_PER_REQUEST" && tableBillingMode != "PAY_PER_REQUEST") {
                table.TableStatus = "ACTIVE";
                table.BillingModeSummary.LastUpdateToPayPerRequestDateTime = Date.now() / 1e3;
                table.TableThroughputModeSummary.LastUpdateToPayPerRequestDateTime = Date.now() / 1e3;
                delete table.ProvisionedThroughput.LastDecreaseDateTime;
                if (table.GlobalSecondaryIndexes) {
                  table.GlobalSecondaryIndexes.forEach(function(index2) {
                    index2.IndexStatus = "ACTIVE";
                    index2.ProvisionedThroughput.NumberOfDecreasesToday++;
                    index2.ProvisionedThroughput.LastDecreaseDateTime = Date.now() / 1e3;
                  });
                }
              }
              tableDb.put(key, table, function(err3) {
                if (err3 && !/Database is (not open|closed)/.test(err3)) console.error(err3.stack || err3);
              });
            }, store.options.updateTableMs);
            cb(null, { TableDescription: table });
          });
        });
      });
    };
    function getThroughputUpdates(data, table) {
      var tableBillingMode = (table.BillingModeSummary || {}).BillingMode || "PROVISIONED";
      var remainingIndexes = (table.GlobalSecondaryIndexes || []).reduce(function(map2, index2) {
        map2[index2.IndexName] = true;
        return map2;
      }, /* @__PURE__ */ Object.create(null));
      var updates = [];
      if (data.ProvisionedThroughput) {
        updates.push({
          dataThroughput: data.ProvisionedThroughput,
          tableThroughput: table.ProvisionedThroughput,
          setStatus: function(status) {
            table.TableStatus = status;
          }
        });
      }
      var globalUpdates = data.GlobalSecondaryIndexUpdates || [];
      if (globalUpdates.length > 5) throw db.limitError("Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
      globalUpdates.forEach(function(update) {
        var dataThroughput = update.Update && update.Update.ProvisionedThroughput;
        if (!dataThroughput) {
          return;
        }
        if (dataThroughput.ReadCapacityUnits > 1e12 || dataThroughput.WriteCapacityUnits > 1e12) {
          throw db.validationError("This operation cannot be performed with given input values. Please contact DynamoDB service team for more info: Action Blocked: IndexUpdate");
        }
        (table.GlobalSecondaryIndexes || []).forEach(function(index2) {
          if (index2.IndexName == update.Update.IndexName) {
            delete remainingIndexes[index2.IndexName];
            updates.push({
              dataThroughput,
              tableThroughput: index2.ProvisionedThroughput,
              setStatus: function(status) {
                index2.IndexStatus = status;
              }
            });
          }
        });
      });
      if (data.BillingMode == "PROVISIONED" && tableBillingMode != "PROVISIONED" && Object.keys(remainingIndexes).length) {
        throw db.validationError("One or more parameter values were invalid: ProvisionedThroughput must be specified for index: " + Object.keys(remainingIndexes).join(","));
      }
      return updates;
    }
  }
});

// require("./actions/**/*.js") in ../../node_modules/dynalite/index.js
var globRequire_actions_js;
var init_ = __esm({
  'require("./actions/**/*.js") in ../../node_modules/dynalite/index.js'() {
    globRequire_actions_js = __glob({
      "./actions/batchGetItem.js": () => require_batchGetItem(),
      "./actions/batchWriteItem.js": () => require_batchWriteItem(),
      "./actions/createTable.js": () => require_createTable(),
      "./actions/deleteItem.js": () => require_deleteItem(),
      "./actions/deleteTable.js": () => require_deleteTable(),
      "./actions/describeTable.js": () => require_describeTable(),
      "./actions/describeTimeToLive.js": () => require_describeTimeToLive(),
      "./actions/getItem.js": () => require_getItem(),
      "./actions/listTables.js": () => require_listTables(),
      "./actions/listTagsOfResource.js": () => require_listTagsOfResource(),
      "./actions/putItem.js": () => require_putItem(),
      "./actions/query.js": () => require_query(),
      "./actions/scan.js": () => require_scan(),
      "./actions/tagResource.js": () => require_tagResource(),
      "./actions/untagResource.js": () => require_untagResource(),
      "./actions/updateItem.js": () => require_updateItem(),
      "./actions/updateTable.js": () => require_updateTable()
    });
  }
});

// ../../node_modules/dynalite/db/conditionParser.js
var require_conditionParser = __commonJS({
  "../../node_modules/dynalite/db/conditionParser.js"(exports, module) {
    "use strict";
    function peg$subclass(child, parent2) {
      function ctor() {
        this.constructor = child;
      }
      ctor.prototype = parent2.prototype;
      child.prototype = new ctor();
    }
    function peg$SyntaxError(message, expected, found, location) {
      this.message = message;
      this.expected = expected;
      this.found = found;
      this.location = location;
      this.name = "SyntaxError";
      if (typeof Error.captureStackTrace === "function") {
        Error.captureStackTrace(this, peg$SyntaxError);
      }
    }
    peg$subclass(peg$SyntaxError, Error);
    peg$SyntaxError.buildMessage = function(expected, found) {
      var DESCRIBE_EXPECTATION_FNS = {
        literal: function(expectation) {
          return '"' + literalEscape(expectation.text) + '"';
        },
        "class": function(expectation) {
          var escapedParts = "", i;
          for (i = 0; i < expectation.parts.length; i++) {
            escapedParts += expectation.parts[i] instanceof Array ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1]) : classEscape(expectation.parts[i]);
          }
          return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
        },
        any: function(expectation) {
          return "any character";
        },
        end: function(expectation) {
          return "end of input";
        },
        other: function(expectation) {
          return expectation.description;
        }
      };
      function hex(ch) {
        return ch.charCodeAt(0).toString(16).toUpperCase();
      }
      function literalEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function classEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function describeExpectation(expectation) {
        return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
      }
      function describeExpected(expected2) {
        var descriptions = new Array(expected2.length), i, j;
        for (i = 0; i < expected2.length; i++) {
          descriptions[i] = describeExpectation(expected2[i]);
        }
        descriptions.sort();
        if (descriptions.length > 0) {
          for (i = 1, j = 1; i < descriptions.length; i++) {
            if (descriptions[i - 1] !== descriptions[i]) {
              descriptions[j] = descriptions[i];
              j++;
            }
          }
          descriptions.length = j;
        }
        switch (descriptions.length) {
          case 1:
            return descriptions[0];
          case 2:
            return descriptions[0] + " or " + descriptions[1];
          default:
            return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
        }
      }
      function describeFound(found2) {
        return found2 ? '"' + literalEscape(found2) + '"' : "end of input";
      }
      return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
    };
    function peg$parse(input, options) {
      options = options !== void 0 ? options : {};
      var peg$FAILED = {}, peg$startRuleFunctions = { Start: peg$parseStart }, peg$startRuleFunction = peg$parseStart, peg$c0 = function(expr) {
        checkMisusedSize(expr);
        return checkErrors() || { expression: expr, nestedPaths, pathHeads };
      }, peg$c1 = function(x, token, y) {
        [x, y].forEach(checkMisusedSize);
        return { type: "or", args: [x, y] };
      }, peg$c2 = function(x, y) {
        [x, y].forEach(checkMisusedSize);
        return { type: "and", args: [x, y] };
      }, peg$c3 = function(token, expr) {
        checkMisusedSize(expr);
        return { type: "not", args: [expr] };
      }, peg$c4 = "(", peg$c5 = peg$literalExpectation("(", false), peg$c6 = ")", peg$c7 = peg$literalExpectation(")", false), peg$c8 = function(expr) {
        redundantParensError();
        return expr;
      }, peg$c9 = function(expr) {
        redundantParensError();
        checkConditionErrors();
        return expr;
      }, peg$c10 = function(expr) {
        checkConditionErrors();
        return expr;
      }, peg$c11 = function(expr) {
        return expr;
      }, peg$c12 = function(x, comp, y) {
        checkMisusedFunction([x, y]);
        checkDistinct(comp, [x, y]);
        return { type: comp, args: [x, y] };
      }, peg$c13 = function(x, y, z) {
        checkMisusedFunction([x, y, z]);
        checkBetweenArgs(y, z);
        return { type: "between", args: [x, y, z] };
      }, peg$c14 = function(x, token, args) {
        checkMisusedFunction([x].concat(args));
        return { type: "in", args: [x].concat(args) };
      }, peg$c15 = ">=", peg$c16 = peg$literalExpectation(">=", false), peg$c17 = "<=", peg$c18 = peg$literalExpectation("<=", false), peg$c19 = "<>", peg$c20 = peg$literalExpectation("<>", false), peg$c21 = "=", peg$c22 = peg$literalExpectation("=", false), peg$c23 = "<", peg$c24 = peg$literalExpectation("<", false), peg$c25 = ">", peg$c26 = peg$literalExpectation(">", false), peg$c27 = function(op) {
        redundantParensError();
        return op;
      }, peg$c28 = function(op) {
        return op;
      }, peg$c29 = function(path) {
        for (var i = 0; i < path.length; i++) {
          if (typeof path[i] === "string") {
            checkReserved(path[i]);
          } else if (path[i] && path[i].type == "attrName") {
            path[i] = resolveAttrName(path[i].name);
          }
        }
        if (path.length > 1) {
          nestedPaths[path[0]] = true;
        }
        pathHeads[path[0]] = true;
        return path;
      }, peg$c30 = function(head, tail, args) {
        checkMisusedFunction(args);
        var name = head + tail.join("");
        var attrType = checkFunction(name, args);
        return { type: "function", name, args, attrType };
      }, peg$c31 = ",", peg$c32 = peg$literalExpectation(",", false), peg$c33 = function(head, expr) {
        return expr;
      }, peg$c34 = function(head, tail) {
        return [head].concat(tail);
      }, peg$c35 = "#", peg$c36 = peg$literalExpectation("#", false), peg$c37 = function(head, tail) {
        return { type: "attrName", name: head + tail.join("") };
      }, peg$c38 = ":", peg$c39 = peg$literalExpectation(":", false), peg$c40 = function(head, tail) {
        return resolveAttrVal(head + tail.join(""));
      }, peg$c41 = "[", peg$c42 = peg$literalExpectation("[", false), peg$c43 = /^[0-9]/, peg$c44 = peg$classExpectation([["0", "9"]], false, false), peg$c45 = "]", peg$c46 = peg$literalExpectation("]", false), peg$c47 = function(head, ix) {
        return +ix.join("");
      }, peg$c48 = ".", peg$c49 = peg$literalExpectation(".", false), peg$c50 = function(head, prop) {
        return prop;
      }, peg$c51 = function(head, tail) {
        return (Array.isArray(head) ? head : [head]).concat(tail);
      }, peg$c52 = function(path) {
        redundantParensError();
        return path;
      }, peg$c53 = function(path) {
        return path;
      }, peg$c54 = function(head, tail) {
        return head + tail.join("");
      }, peg$c55 = /^[a-zA-Z]/, peg$c56 = peg$classExpectation([["a", "z"], ["A", "Z"]], false, false), peg$c57 = "_", peg$c58 = peg$literalExpectation("_", false), peg$c59 = "between", peg$c60 = peg$literalExpectation("BETWEEN", true), peg$c61 = "in", peg$c62 = peg$literalExpectation("IN", true), peg$c63 = "and", peg$c64 = peg$literalExpectation("AND", true), peg$c65 = "or", peg$c66 = peg$literalExpectation("OR", true), peg$c67 = "not", peg$c68 = peg$literalExpectation("NOT", true), peg$c69 = peg$otherExpectation("whitespace"), peg$c70 = /^[ \t\r\n]/, peg$c71 = peg$classExpectation([" ", "	", "\r", "\n"], false, false), peg$currPos = 0, peg$savedPos = 0, peg$posDetailsCache = [{ line: 1, column: 1 }], peg$maxFailPos = 0, peg$maxFailExpected = [], peg$silentFails = 0, peg$result;
      if ("startRule" in options) {
        if (!(options.startRule in peg$startRuleFunctions)) {
          throw new Error(`Can't start parsing from rule "` + options.startRule + '".');
        }
        peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
      }
      function text() {
        return input.substring(peg$savedPos, peg$currPos);
      }
      function location() {
        return peg$computeLocation(peg$savedPos, peg$currPos);
      }
      function expected(description, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildStructuredError(
          [peg$otherExpectation(description)],
          input.substring(peg$savedPos, peg$currPos),
          location2
        );
      }
      function error(message, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildSimpleError(message, location2);
      }
      function peg$literalExpectation(text2, ignoreCase) {
        return { type: "literal", text: text2, ignoreCase };
      }
      function peg$classExpectation(parts, inverted, ignoreCase) {
        return { type: "class", parts, inverted, ignoreCase };
      }
      function peg$anyExpectation() {
        return { type: "any" };
      }
      function peg$endExpectation() {
        return { type: "end" };
      }
      function peg$otherExpectation(description) {
        return { type: "other", description };
      }
      function peg$computePosDetails(pos) {
        var details = peg$posDetailsCache[pos], p;
        if (details) {
          return details;
        } else {
          p = pos - 1;
          while (!peg$posDetailsCache[p]) {
            p--;
          }
          details = peg$posDetailsCache[p];
          details = {
            line: details.line,
            column: details.column
          };
          while (p < pos) {
            if (input.charCodeAt(p) === 10) {
              details.line++;
              details.column = 1;
            } else {
              details.column++;
            }
            p++;
          }
          peg$posDetailsCache[pos] = details;
          return details;
        }
      }
      function peg$computeLocation(startPos, endPos) {
        var startPosDetails = peg$computePosDetails(startPos), endPosDetails = peg$computePosDetails(endPos);
        return {
          start: {
            offset: startPos,
            line: startPosDetails.line,
            column: startPosDetails.column
          },
          end: {
            offset: endPos,
            line: endPosDetails.line,
            column: endPosDetails.column
          }
        };
      }
      function peg$fail(expected2) {
        if (peg$currPos < peg$maxFailPos) {
          return;
        }
        if (peg$currPos > peg$maxFailPos) {
          peg$maxFailPos = peg$currPos;
          peg$maxFailExpected = [];
        }
        peg$maxFailExpected.push(expected2);
      }
      function peg$buildSimpleError(message, location2) {
        return new peg$SyntaxError(message, null, null, location2);
      }
      function peg$buildStructuredError(expected2, found, location2) {
        return new peg$SyntaxError(
          peg$SyntaxError.buildMessage(expected2, found),
          expected2,
          found,
          location2
        );
      }
      function peg$parseStart() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$parse_();
        if (s1 !== peg$FAILED) {
          s2 = peg$parseOrConditionExpression();
          if (s2 !== peg$FAILED) {
            s3 = peg$parse_();
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c0(s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseOrConditionExpression() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parseAndConditionExpression();
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            s3 = peg$parseOrToken();
            if (s3 !== peg$FAILED) {
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                s5 = peg$parseOrConditionExpression();
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c1(s1, s3, s5);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parseAndConditionExpression();
        }
        return s0;
      }
      function peg$parseAndConditionExpression() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parseNotConditionExpression();
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            s3 = peg$parseAndToken();
            if (s3 !== peg$FAILED) {
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                s5 = peg$parseAndConditionExpression();
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c2(s1, s5);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parseNotConditionExpression();
        }
        return s0;
      }
      function peg$parseNotConditionExpression() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$parseNotToken();
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            s3 = peg$parseParensConditionExpression();
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c3(s1, s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parseParensConditionExpression();
        }
        return s0;
      }
      function peg$parseParensConditionExpression() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 40) {
          s1 = peg$c4;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c5);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 40) {
              s3 = peg$c4;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c5);
              }
            }
            if (s3 !== peg$FAILED) {
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                s5 = peg$parseOrConditionExpression();
                if (s5 !== peg$FAILED) {
                  s6 = peg$parse_();
                  if (s6 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 41) {
                      s7 = peg$c6;
                      peg$currPos++;
                    } else {
                      s7 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c7);
                      }
                    }
                    if (s7 !== peg$FAILED) {
                      s8 = peg$parse_();
                      if (s8 !== peg$FAILED) {
                        if (input.charCodeAt(peg$currPos) === 41) {
                          s9 = peg$c6;
                          peg$currPos++;
                        } else {
                          s9 = peg$FAILED;
                          if (peg$silentFails === 0) {
                            peg$fail(peg$c7);
                          }
                        }
                        if (s9 !== peg$FAILED) {
                          peg$savedPos = s0;
                          s1 = peg$c8(s5);
                          s0 = s1;
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 40) {
            s1 = peg$c4;
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c5);
            }
          }
          if (s1 !== peg$FAILED) {
            s2 = peg$parse_();
            if (s2 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 40) {
                s3 = peg$c4;
                peg$currPos++;
              } else {
                s3 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c5);
                }
              }
              if (s3 !== peg$FAILED) {
                s4 = peg$parse_();
                if (s4 !== peg$FAILED) {
                  s5 = peg$parseConditionExpression();
                  if (s5 !== peg$FAILED) {
                    s6 = peg$parse_();
                    if (s6 !== peg$FAILED) {
                      if (input.charCodeAt(peg$currPos) === 41) {
                        s7 = peg$c6;
                        peg$currPos++;
                      } else {
                        s7 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c7);
                        }
                      }
                      if (s7 !== peg$FAILED) {
                        s8 = peg$parse_();
                        if (s8 !== peg$FAILED) {
                          if (input.charCodeAt(peg$currPos) === 41) {
                            s9 = peg$c6;
                            peg$currPos++;
                          } else {
                            s9 = peg$FAILED;
                            if (peg$silentFails === 0) {
                              peg$fail(peg$c7);
                            }
                          }
                          if (s9 !== peg$FAILED) {
                            peg$savedPos = s0;
                            s1 = peg$c9(s5);
                            s0 = s1;
                          } else {
                            peg$currPos = s0;
                            s0 = peg$FAILED;
                          }
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = peg$parseConditionExpression();
            if (s1 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c10(s1);
            }
            s0 = s1;
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              if (input.charCodeAt(peg$currPos) === 40) {
                s1 = peg$c4;
                peg$currPos++;
              } else {
                s1 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c5);
                }
              }
              if (s1 !== peg$FAILED) {
                s2 = peg$parse_();
                if (s2 !== peg$FAILED) {
                  s3 = peg$parseOrConditionExpression();
                  if (s3 !== peg$FAILED) {
                    s4 = peg$parse_();
                    if (s4 !== peg$FAILED) {
                      if (input.charCodeAt(peg$currPos) === 41) {
                        s5 = peg$c6;
                        peg$currPos++;
                      } else {
                        s5 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c7);
                        }
                      }
                      if (s5 !== peg$FAILED) {
                        peg$savedPos = s0;
                        s1 = peg$c11(s3);
                        s0 = s1;
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            }
          }
        }
        return s0;
      }
      function peg$parseConditionExpression() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9;
        s0 = peg$currPos;
        s1 = peg$parseOperandParens();
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            s3 = peg$parseComparator();
            if (s3 !== peg$FAILED) {
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                s5 = peg$parseOperandParens();
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c12(s1, s3, s5);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseOperandParens();
          if (s1 !== peg$FAILED) {
            s2 = peg$parse_();
            if (s2 !== peg$FAILED) {
              s3 = peg$parseBetweenToken();
              if (s3 !== peg$FAILED) {
                s4 = peg$parse_();
                if (s4 !== peg$FAILED) {
                  s5 = peg$parseOperandParens();
                  if (s5 !== peg$FAILED) {
                    s6 = peg$parse_();
                    if (s6 !== peg$FAILED) {
                      s7 = peg$parseAndToken();
                      if (s7 !== peg$FAILED) {
                        s8 = peg$parse_();
                        if (s8 !== peg$FAILED) {
                          s9 = peg$parseOperandParens();
                          if (s9 !== peg$FAILED) {
                            peg$savedPos = s0;
                            s1 = peg$c13(s1, s5, s9);
                            s0 = s1;
                          } else {
                            peg$currPos = s0;
                            s0 = peg$FAILED;
                          }
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = peg$parseOperandParens();
            if (s1 !== peg$FAILED) {
              s2 = peg$parse_();
              if (s2 !== peg$FAILED) {
                s3 = peg$parseInToken();
                if (s3 !== peg$FAILED) {
                  s4 = peg$parse_();
                  if (s4 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 40) {
                      s5 = peg$c4;
                      peg$currPos++;
                    } else {
                      s5 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c5);
                      }
                    }
                    if (s5 !== peg$FAILED) {
                      s6 = peg$parse_();
                      if (s6 !== peg$FAILED) {
                        s7 = peg$parseFunctionArgumentList();
                        if (s7 !== peg$FAILED) {
                          s8 = peg$parse_();
                          if (s8 !== peg$FAILED) {
                            if (input.charCodeAt(peg$currPos) === 41) {
                              s9 = peg$c6;
                              peg$currPos++;
                            } else {
                              s9 = peg$FAILED;
                              if (peg$silentFails === 0) {
                                peg$fail(peg$c7);
                              }
                            }
                            if (s9 !== peg$FAILED) {
                              peg$savedPos = s0;
                              s1 = peg$c14(s1, s3, s7);
                              s0 = s1;
                            } else {
                              peg$currPos = s0;
                              s0 = peg$FAILED;
                            }
                          } else {
                            peg$currPos = s0;
                            s0 = peg$FAILED;
                          }
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
            if (s0 === peg$FAILED) {
              s0 = peg$parseFunction();
            }
          }
        }
        return s0;
      }
      function peg$parseComparator() {
        var s0;
        if (input.substr(peg$currPos, 2) === peg$c15) {
          s0 = peg$c15;
          peg$currPos += 2;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c16);
          }
        }
        if (s0 === peg$FAILED) {
          if (input.substr(peg$currPos, 2) === peg$c17) {
            s0 = peg$c17;
            peg$currPos += 2;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c18);
            }
          }
          if (s0 === peg$FAILED) {
            if (input.substr(peg$currPos, 2) === peg$c19) {
              s0 = peg$c19;
              peg$currPos += 2;
            } else {
              s0 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c20);
              }
            }
            if (s0 === peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 61) {
                s0 = peg$c21;
                peg$currPos++;
              } else {
                s0 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c22);
                }
              }
              if (s0 === peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 60) {
                  s0 = peg$c23;
                  peg$currPos++;
                } else {
                  s0 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c24);
                  }
                }
                if (s0 === peg$FAILED) {
                  if (input.charCodeAt(peg$currPos) === 62) {
                    s0 = peg$c25;
                    peg$currPos++;
                  } else {
                    s0 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c26);
                    }
                  }
                }
              }
            }
          }
        }
        return s0;
      }
      function peg$parseOperandParens() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 40) {
          s1 = peg$c4;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c5);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 40) {
              s3 = peg$c4;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c5);
              }
            }
            if (s3 !== peg$FAILED) {
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                s5 = peg$parseOperand();
                if (s5 !== peg$FAILED) {
                  s6 = peg$parse_();
                  if (s6 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 41) {
                      s7 = peg$c6;
                      peg$currPos++;
                    } else {
                      s7 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c7);
                      }
                    }
                    if (s7 !== peg$FAILED) {
                      s8 = peg$parse_();
                      if (s8 !== peg$FAILED) {
                        if (input.charCodeAt(peg$currPos) === 41) {
                          s9 = peg$c6;
                          peg$currPos++;
                        } else {
                          s9 = peg$FAILED;
                          if (peg$silentFails === 0) {
                            peg$fail(peg$c7);
                          }
                        }
                        if (s9 !== peg$FAILED) {
                          peg$savedPos = s0;
                          s1 = peg$c27(s5);
                          s0 = s1;
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 40) {
            s1 = peg$c4;
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c5);
            }
          }
          if (s1 !== peg$FAILED) {
            s2 = peg$parse_();
            if (s2 !== peg$FAILED) {
              s3 = peg$parseOperand();
              if (s3 !== peg$FAILED) {
                s4 = peg$parse_();
                if (s4 !== peg$FAILED) {
                  if (input.charCodeAt(peg$currPos) === 41) {
                    s5 = peg$c6;
                    peg$currPos++;
                  } else {
                    s5 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c7);
                    }
                  }
                  if (s5 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s1 = peg$c28(s3);
                    s0 = s1;
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$parseOperand();
          }
        }
        return s0;
      }
      function peg$parseOperand() {
        var s0, s1;
        s0 = peg$parseFunction();
        if (s0 === peg$FAILED) {
          s0 = peg$parseExpressionAttributeValue();
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = peg$parsePathExpression();
            if (s1 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c29(s1);
            }
            s0 = s1;
          }
        }
        return s0;
      }
      function peg$parseFunction() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9;
        s0 = peg$currPos;
        s1 = peg$currPos;
        peg$silentFails++;
        s2 = peg$parseReservedWord();
        peg$silentFails--;
        if (s2 === peg$FAILED) {
          s1 = void 0;
        } else {
          peg$currPos = s1;
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseIdentifierStart();
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseIdentifierPart();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseIdentifierPart();
            }
            if (s3 !== peg$FAILED) {
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 40) {
                  s5 = peg$c4;
                  peg$currPos++;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c5);
                  }
                }
                if (s5 !== peg$FAILED) {
                  s6 = peg$parse_();
                  if (s6 !== peg$FAILED) {
                    s7 = peg$parseFunctionArgumentList();
                    if (s7 !== peg$FAILED) {
                      s8 = peg$parse_();
                      if (s8 !== peg$FAILED) {
                        if (input.charCodeAt(peg$currPos) === 41) {
                          s9 = peg$c6;
                          peg$currPos++;
                        } else {
                          s9 = peg$FAILED;
                          if (peg$silentFails === 0) {
                            peg$fail(peg$c7);
                          }
                        }
                        if (s9 !== peg$FAILED) {
                          peg$savedPos = s0;
                          s1 = peg$c30(s2, s3, s7);
                          s0 = s1;
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseFunctionArgumentList() {
        var s0, s1, s2, s3, s4, s5, s6, s7;
        s0 = peg$currPos;
        s1 = peg$parseOperandParens();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parse_();
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 44) {
              s5 = peg$c31;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c32);
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = peg$parse_();
              if (s6 !== peg$FAILED) {
                s7 = peg$parseOperandParens();
                if (s7 !== peg$FAILED) {
                  peg$savedPos = s3;
                  s4 = peg$c33(s1, s7);
                  s3 = s4;
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 44) {
                s5 = peg$c31;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c32);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = peg$parseOperandParens();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c33(s1, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c34(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseExpressionAttributeName() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$currPos;
        peg$silentFails++;
        s2 = peg$parseReservedWord();
        peg$silentFails--;
        if (s2 === peg$FAILED) {
          s1 = void 0;
        } else {
          peg$currPos = s1;
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 35) {
            s2 = peg$c35;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c36);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseIdentifierPart();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseIdentifierPart();
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c37(s2, s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseExpressionAttributeValue() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$currPos;
        peg$silentFails++;
        s2 = peg$parseReservedWord();
        peg$silentFails--;
        if (s2 === peg$FAILED) {
          s1 = void 0;
        } else {
          peg$currPos = s1;
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 58) {
            s2 = peg$c38;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c39);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseIdentifierPart();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseIdentifierPart();
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c40(s2, s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsePathExpression() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9;
        s0 = peg$currPos;
        s1 = peg$parseGroupedPathExpression();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parse_();
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 91) {
              s5 = peg$c41;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c42);
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = peg$parse_();
              if (s6 !== peg$FAILED) {
                s7 = [];
                if (peg$c43.test(input.charAt(peg$currPos))) {
                  s8 = input.charAt(peg$currPos);
                  peg$currPos++;
                } else {
                  s8 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c44);
                  }
                }
                if (s8 !== peg$FAILED) {
                  while (s8 !== peg$FAILED) {
                    s7.push(s8);
                    if (peg$c43.test(input.charAt(peg$currPos))) {
                      s8 = input.charAt(peg$currPos);
                      peg$currPos++;
                    } else {
                      s8 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c44);
                      }
                    }
                  }
                } else {
                  s7 = peg$FAILED;
                }
                if (s7 !== peg$FAILED) {
                  s8 = peg$parse_();
                  if (s8 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 93) {
                      s9 = peg$c45;
                      peg$currPos++;
                    } else {
                      s9 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c46);
                      }
                    }
                    if (s9 !== peg$FAILED) {
                      peg$savedPos = s3;
                      s4 = peg$c47(s1, s7);
                      s3 = s4;
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          if (s3 === peg$FAILED) {
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 46) {
                s5 = peg$c48;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c49);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = peg$parseIdentifier();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c50(s1, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 91) {
                s5 = peg$c41;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c42);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = [];
                  if (peg$c43.test(input.charAt(peg$currPos))) {
                    s8 = input.charAt(peg$currPos);
                    peg$currPos++;
                  } else {
                    s8 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c44);
                    }
                  }
                  if (s8 !== peg$FAILED) {
                    while (s8 !== peg$FAILED) {
                      s7.push(s8);
                      if (peg$c43.test(input.charAt(peg$currPos))) {
                        s8 = input.charAt(peg$currPos);
                        peg$currPos++;
                      } else {
                        s8 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c44);
                        }
                      }
                    }
                  } else {
                    s7 = peg$FAILED;
                  }
                  if (s7 !== peg$FAILED) {
                    s8 = peg$parse_();
                    if (s8 !== peg$FAILED) {
                      if (input.charCodeAt(peg$currPos) === 93) {
                        s9 = peg$c45;
                        peg$currPos++;
                      } else {
                        s9 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c46);
                        }
                      }
                      if (s9 !== peg$FAILED) {
                        peg$savedPos = s3;
                        s4 = peg$c47(s1, s7);
                        s3 = s4;
                      } else {
                        peg$currPos = s3;
                        s3 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
            if (s3 === peg$FAILED) {
              s3 = peg$currPos;
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 46) {
                  s5 = peg$c48;
                  peg$currPos++;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c49);
                  }
                }
                if (s5 !== peg$FAILED) {
                  s6 = peg$parse_();
                  if (s6 !== peg$FAILED) {
                    s7 = peg$parseIdentifier();
                    if (s7 !== peg$FAILED) {
                      peg$savedPos = s3;
                      s4 = peg$c50(s1, s7);
                      s3 = s4;
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c51(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseGroupedPathExpression() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9;
        s0 = peg$parseIdentifier();
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          if (input.charCodeAt(peg$currPos) === 40) {
            s1 = peg$c4;
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c5);
            }
          }
          if (s1 !== peg$FAILED) {
            s2 = peg$parse_();
            if (s2 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 40) {
                s3 = peg$c4;
                peg$currPos++;
              } else {
                s3 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c5);
                }
              }
              if (s3 !== peg$FAILED) {
                s4 = peg$parse_();
                if (s4 !== peg$FAILED) {
                  s5 = peg$parsePathExpression();
                  if (s5 !== peg$FAILED) {
                    s6 = peg$parse_();
                    if (s6 !== peg$FAILED) {
                      if (input.charCodeAt(peg$currPos) === 41) {
                        s7 = peg$c6;
                        peg$currPos++;
                      } else {
                        s7 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c7);
                        }
                      }
                      if (s7 !== peg$FAILED) {
                        s8 = peg$parse_();
                        if (s8 !== peg$FAILED) {
                          if (input.charCodeAt(peg$currPos) === 41) {
                            s9 = peg$c6;
                            peg$currPos++;
                          } else {
                            s9 = peg$FAILED;
                            if (peg$silentFails === 0) {
                              peg$fail(peg$c7);
                            }
                          }
                          if (s9 !== peg$FAILED) {
                            peg$savedPos = s0;
                            s1 = peg$c52(s5);
                            s0 = s1;
                          } else {
                            peg$currPos = s0;
                            s0 = peg$FAILED;
                          }
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            if (input.charCodeAt(peg$currPos) === 40) {
              s1 = peg$c4;
              peg$currPos++;
            } else {
              s1 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c5);
              }
            }
            if (s1 !== peg$FAILED) {
              s2 = peg$parse_();
              if (s2 !== peg$FAILED) {
                s3 = peg$parsePathExpression();
                if (s3 !== peg$FAILED) {
                  s4 = peg$parse_();
                  if (s4 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 41) {
                      s5 = peg$c6;
                      peg$currPos++;
                    } else {
                      s5 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c7);
                      }
                    }
                    if (s5 !== peg$FAILED) {
                      peg$savedPos = s0;
                      s1 = peg$c53(s3);
                      s0 = s1;
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          }
        }
        return s0;
      }
      function peg$parseIdentifier() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$currPos;
        peg$silentFails++;
        s2 = peg$parseReservedWord();
        peg$silentFails--;
        if (s2 === peg$FAILED) {
          s1 = void 0;
        } else {
          peg$currPos = s1;
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseIdentifierStart();
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseIdentifierPart();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseIdentifierPart();
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c54(s2, s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parseExpressionAttributeName();
        }
        return s0;
      }
      function peg$parseIdentifierStart() {
        var s0;
        if (peg$c55.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c56);
          }
        }
        if (s0 === peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 95) {
            s0 = peg$c57;
            peg$currPos++;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c58);
            }
          }
        }
        return s0;
      }
      function peg$parseIdentifierPart() {
        var s0;
        s0 = peg$parseIdentifierStart();
        if (s0 === peg$FAILED) {
          if (peg$c43.test(input.charAt(peg$currPos))) {
            s0 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c44);
            }
          }
        }
        return s0;
      }
      function peg$parseAttributePart() {
        var s0;
        s0 = peg$parseIdentifierPart();
        if (s0 === peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 35) {
            s0 = peg$c35;
            peg$currPos++;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c36);
            }
          }
          if (s0 === peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 58) {
              s0 = peg$c38;
              peg$currPos++;
            } else {
              s0 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c39);
              }
            }
          }
        }
        return s0;
      }
      function peg$parseReservedWord() {
        var s0;
        s0 = peg$parseBetweenToken();
        if (s0 === peg$FAILED) {
          s0 = peg$parseInToken();
          if (s0 === peg$FAILED) {
            s0 = peg$parseAndToken();
            if (s0 === peg$FAILED) {
              s0 = peg$parseOrToken();
              if (s0 === peg$FAILED) {
                s0 = peg$parseNotToken();
              }
            }
          }
        }
        return s0;
      }
      function peg$parseBetweenToken() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 7).toLowerCase() === peg$c59) {
          s1 = input.substr(peg$currPos, 7);
          peg$currPos += 7;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c60);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$currPos;
          peg$silentFails++;
          s3 = peg$parseAttributePart();
          peg$silentFails--;
          if (s3 === peg$FAILED) {
            s2 = void 0;
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseInToken() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2).toLowerCase() === peg$c61) {
          s1 = input.substr(peg$currPos, 2);
          peg$currPos += 2;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c62);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$currPos;
          peg$silentFails++;
          s3 = peg$parseAttributePart();
          peg$silentFails--;
          if (s3 === peg$FAILED) {
            s2 = void 0;
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseAndToken() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 3).toLowerCase() === peg$c63) {
          s1 = input.substr(peg$currPos, 3);
          peg$currPos += 3;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c64);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$currPos;
          peg$silentFails++;
          s3 = peg$parseAttributePart();
          peg$silentFails--;
          if (s3 === peg$FAILED) {
            s2 = void 0;
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseOrToken() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 2).toLowerCase() === peg$c65) {
          s1 = input.substr(peg$currPos, 2);
          peg$currPos += 2;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c66);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$currPos;
          peg$silentFails++;
          s3 = peg$parseAttributePart();
          peg$silentFails--;
          if (s3 === peg$FAILED) {
            s2 = void 0;
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseNotToken() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 3).toLowerCase() === peg$c67) {
          s1 = input.substr(peg$currPos, 3);
          peg$currPos += 3;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c68);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$currPos;
          peg$silentFails++;
          s3 = peg$parseAttributePart();
          peg$silentFails--;
          if (s3 === peg$FAILED) {
            s2 = void 0;
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parse_() {
        var s0, s1;
        peg$silentFails++;
        s0 = [];
        if (peg$c70.test(input.charAt(peg$currPos))) {
          s1 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c71);
          }
        }
        while (s1 !== peg$FAILED) {
          s0.push(s1);
          if (peg$c70.test(input.charAt(peg$currPos))) {
            s1 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c71);
            }
          }
        }
        peg$silentFails--;
        if (s0 === peg$FAILED) {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c69);
          }
        }
        return s0;
      }
      var context = options.context;
      var attrNames = context.attrNames || {};
      var attrVals = context.attrVals || {};
      var unusedAttrNames = context.unusedAttrNames || {};
      var unusedAttrVals = context.unusedAttrVals || {};
      var isReserved = context.isReserved;
      var errors = /* @__PURE__ */ Object.create(null);
      var nestedPaths = /* @__PURE__ */ Object.create(null);
      var pathHeads = /* @__PURE__ */ Object.create(null);
      function checkReserved(name) {
        if (isReserved(name) && !errors.reserved) {
          errors.reserved = "Attribute name is a reserved keyword; reserved keyword: " + name;
        }
      }
      function resolveAttrName(name) {
        if (errors.attrNameVal) {
          return;
        }
        if (!attrNames[name]) {
          errors.attrNameVal = "An expression attribute name used in the document path is not defined; attribute name: " + name;
          return;
        }
        delete unusedAttrNames[name];
        return attrNames[name];
      }
      function resolveAttrVal(name) {
        if (errors.attrNameVal) {
          return;
        }
        if (!attrVals[name]) {
          errors.attrNameVal = "An expression attribute value used in expression is not defined; attribute value: " + name;
          return;
        }
        delete unusedAttrVals[name];
        return attrVals[name];
      }
      function checkFunction(name, args) {
        if (errors.unknownFunction) {
          return;
        }
        var functions = {
          attribute_exists: 1,
          attribute_not_exists: 1,
          attribute_type: 2,
          begins_with: 2,
          contains: 2,
          size: 1
        };
        var numOperands = functions[name];
        if (numOperands == null) {
          errors.unknownFunction = "Invalid function name; function: " + name;
          return;
        }
        if (errors.operand) {
          return;
        }
        if (numOperands != args.length) {
          errors.operand = "Incorrect number of operands for operator or function; operator or function: " + name + ", number of operands: " + args.length;
          return;
        }
        checkDistinct(name, args);
        if (errors.function) {
          return;
        }
        switch (name) {
          case "attribute_exists":
          case "attribute_not_exists":
            if (!Array.isArray(args[0])) {
              errors.function = "Operator or function requires a document path; operator or function: " + name;
              return;
            }
            return getType(args[1]);
          case "begins_with":
            for (var i = 0; i < args.length; i++) {
              var type = getType(args[i]);
              if (type && type != "S" && type != "B") {
                errors.function = "Incorrect operand type for operator or function; operator or function: " + name + ", operand type: " + type;
                return;
              }
            }
            return "BOOL";
          case "attribute_type":
            var type = getType(args[1]);
            if (type != "S") {
              if (type == null) type = "{NS,SS,L,BS,N,M,B,BOOL,NULL,S}";
              errors.function = "Incorrect operand type for operator or function; operator or function: " + name + ", operand type: " + type;
              return;
            }
            if (!~["S", "N", "B", "NULL", "SS", "BOOL", "L", "BS", "NS", "M"].indexOf(args[1].S)) {
              errors.function = "Invalid attribute type name found; type: " + args[1].S + ", valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}";
              return;
            }
            return "BOOL";
          case "size":
            var type = getType(args[0]);
            if (~["N", "BOOL", "NULL"].indexOf(type)) {
              errors.function = "Incorrect operand type for operator or function; operator or function: " + name + ", operand type: " + type;
              return;
            }
            return "N";
          case "contains":
            return "BOOL";
        }
      }
      function redundantParensError() {
        if (!errors.parens) {
          errors.parens = "The expression has redundant parentheses;";
        }
      }
      function checkMisusedFunction(args) {
        if (errors.misusedFunction) {
          return;
        }
        for (var i = 0; i < args.length; i++) {
          if (args[i] && args[i].type == "function" && args[i].name != "size") {
            errors.misusedFunction = "The function is not allowed to be used this way in an expression; function: " + args[i].name;
            return;
          }
        }
      }
      function checkMisusedSize(expr) {
        if (expr.type == "function" && expr.name == "size" && !errors.misusedFunction) {
          errors.misusedFunction = "The function is not allowed to be used this way in an expression; function: " + expr.name;
        }
      }
      function checkDistinct(name, args) {
        if (errors.distinct || args.length != 2 || !Array.isArray(args[0]) || !Array.isArray(args[1]) || args[0].length != args[1].length) {
          return;
        }
        for (var i = 0; i < args[0].length; i++) {
          if (args[0][i] !== args[1][i]) {
            return;
          }
        }
        errors.distinct = "The first operand must be distinct from the remaining operands for this operator or function; operator: " + name + ", first operand: " + pathStr(args[0]);
      }
      function checkBetweenArgs(x, y) {
        if (errors.function) {
          return;
        }
        var type1 = getImmediateType(x);
        var type2 = getImmediateType(y);
        if (type1 && type2) {
          if (type1 != type2) {
            errors.function = "The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {" + type1 + ":" + x[type1] + "}, upper bound operand: AttributeValue: {" + type2 + ":" + y[type2] + "}";
          } else if (context.compare("GT", x, y)) {
            errors.function = "The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {" + type1 + ":" + x[type1] + "}, upper bound operand: AttributeValue: {" + type2 + ":" + y[type2] + "}";
          }
        }
      }
      function pathStr(path) {
        return "[" + path.map(function(piece) {
          return typeof piece == "number" ? "[" + piece + "]" : piece;
        }).join(", ") + "]";
      }
      function getType(val) {
        if (!val || typeof val != "object" || Array.isArray(val)) return null;
        if (val.attrType) return val.attrType;
        return getImmediateType(val);
      }
      function getImmediateType(val) {
        if (!val || typeof val != "object" || Array.isArray(val) || val.attrType) return null;
        var types = ["S", "N", "B", "NULL", "BOOL", "SS", "NS", "BS", "L", "M"];
        for (var i = 0; i < types.length; i++) {
          if (val[types[i]] != null) return types[i];
        }
        return null;
      }
      function checkConditionErrors() {
        if (errors.condition) {
          return;
        }
        var errorOrder = ["attrNameVal", "operand", "distinct", "function"];
        for (var i = 0; i < errorOrder.length; i++) {
          if (errors[errorOrder[i]]) {
            errors.condition = errors[errorOrder[i]];
            return;
          }
        }
      }
      function checkErrors() {
        var errorOrder = ["parens", "unknownFunction", "misusedFunction", "reserved", "condition"];
        for (var i = 0; i < errorOrder.length; i++) {
          if (errors[errorOrder[i]]) return errors[errorOrder[i]];
        }
        return null;
      }
      peg$result = peg$startRuleFunction();
      if (peg$result !== peg$FAILED && peg$currPos === input.length) {
        return peg$result;
      } else {
        if (peg$result !== peg$FAILED && peg$currPos < input.length) {
          peg$fail(peg$endExpectation());
        }
        throw peg$buildStructuredError(
          peg$maxFailExpected,
          peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null,
          peg$maxFailPos < input.length ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1) : peg$computeLocation(peg$maxFailPos, peg$maxFailPos)
        );
      }
    }
    module.exports = {
      SyntaxError: peg$SyntaxError,
      parse: peg$parse
    };
  }
});

// ../../node_modules/dynalite/db/projectionParser.js
var require_projectionParser = __commonJS({
  "../../node_modules/dynalite/db/projectionParser.js"(exports, module) {
    "use strict";
    function peg$subclass(child, parent2) {
      function ctor() {
        this.constructor = child;
      }
      ctor.prototype = parent2.prototype;
      child.prototype = new ctor();
    }
    function peg$SyntaxError(message, expected, found, location) {
      this.message = message;
      this.expected = expected;
      this.found = found;
      this.location = location;
      this.name = "SyntaxError";
      if (typeof Error.captureStackTrace === "function") {
        Error.captureStackTrace(this, peg$SyntaxError);
      }
    }
    peg$subclass(peg$SyntaxError, Error);
    peg$SyntaxError.buildMessage = function(expected, found) {
      var DESCRIBE_EXPECTATION_FNS = {
        literal: function(expectation) {
          return '"' + literalEscape(expectation.text) + '"';
        },
        "class": function(expectation) {
          var escapedParts = "", i;
          for (i = 0; i < expectation.parts.length; i++) {
            escapedParts += expectation.parts[i] instanceof Array ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1]) : classEscape(expectation.parts[i]);
          }
          return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
        },
        any: function(expectation) {
          return "any character";
        },
        end: function(expectation) {
          return "end of input";
        },
        other: function(expectation) {
          return expectation.description;
        }
      };
      function hex(ch) {
        return ch.charCodeAt(0).toString(16).toUpperCase();
      }
      function literalEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function classEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function describeExpectation(expectation) {
        return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
      }
      function describeExpected(expected2) {
        var descriptions = new Array(expected2.length), i, j;
        for (i = 0; i < expected2.length; i++) {
          descriptions[i] = describeExpectation(expected2[i]);
        }
        descriptions.sort();
        if (descriptions.length > 0) {
          for (i = 1, j = 1; i < descriptions.length; i++) {
            if (descriptions[i - 1] !== descriptions[i]) {
              descriptions[j] = descriptions[i];
              j++;
            }
          }
          descriptions.length = j;
        }
        switch (descriptions.length) {
          case 1:
            return descriptions[0];
          case 2:
            return descriptions[0] + " or " + descriptions[1];
          default:
            return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
        }
      }
      function describeFound(found2) {
        return found2 ? '"' + literalEscape(found2) + '"' : "end of input";
      }
      return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
    };
    function peg$parse(input, options) {
      options = options !== void 0 ? options : {};
      var peg$FAILED = {}, peg$startRuleFunctions = { Start: peg$parseStart }, peg$startRuleFunction = peg$parseStart, peg$c0 = function(paths2) {
        paths2.forEach(checkPath);
        return checkErrors() || { paths: paths2, nestedPaths };
      }, peg$c1 = ",", peg$c2 = peg$literalExpectation(",", false), peg$c3 = function(head, expr) {
        return expr;
      }, peg$c4 = function(head, tail) {
        return [head].concat(tail);
      }, peg$c5 = peg$otherExpectation("whitespace"), peg$c6 = /^[ \t\r\n]/, peg$c7 = peg$classExpectation([" ", "	", "\r", "\n"], false, false), peg$c8 = function(head, tail) {
        var name = head + tail.join("");
        checkReserved(name);
        return name;
      }, peg$c9 = /^[a-zA-Z]/, peg$c10 = peg$classExpectation([["a", "z"], ["A", "Z"]], false, false), peg$c11 = "_", peg$c12 = peg$literalExpectation("_", false), peg$c13 = /^[0-9]/, peg$c14 = peg$classExpectation([["0", "9"]], false, false), peg$c15 = "#", peg$c16 = peg$literalExpectation("#", false), peg$c17 = function(head, tail) {
        return resolveAttrName(head + tail.join(""));
      }, peg$c18 = "[", peg$c19 = peg$literalExpectation("[", false), peg$c20 = "]", peg$c21 = peg$literalExpectation("]", false), peg$c22 = function(head, ix) {
        return +ix.join("");
      }, peg$c23 = ".", peg$c24 = peg$literalExpectation(".", false), peg$c25 = function(head, prop) {
        return prop;
      }, peg$c26 = function(head, tail) {
        var path = [head].concat(tail);
        if (path.length > 1) {
          nestedPaths[path[0]] = true;
        }
        return path;
      }, peg$currPos = 0, peg$savedPos = 0, peg$posDetailsCache = [{ line: 1, column: 1 }], peg$maxFailPos = 0, peg$maxFailExpected = [], peg$silentFails = 0, peg$result;
      if ("startRule" in options) {
        if (!(options.startRule in peg$startRuleFunctions)) {
          throw new Error(`Can't start parsing from rule "` + options.startRule + '".');
        }
        peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
      }
      function text() {
        return input.substring(peg$savedPos, peg$currPos);
      }
      function location() {
        return peg$computeLocation(peg$savedPos, peg$currPos);
      }
      function expected(description, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildStructuredError(
          [peg$otherExpectation(description)],
          input.substring(peg$savedPos, peg$currPos),
          location2
        );
      }
      function error(message, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildSimpleError(message, location2);
      }
      function peg$literalExpectation(text2, ignoreCase) {
        return { type: "literal", text: text2, ignoreCase };
      }
      function peg$classExpectation(parts, inverted, ignoreCase) {
        return { type: "class", parts, inverted, ignoreCase };
      }
      function peg$anyExpectation() {
        return { type: "any" };
      }
      function peg$endExpectation() {
        return { type: "end" };
      }
      function peg$otherExpectation(description) {
        return { type: "other", description };
      }
      function peg$computePosDetails(pos) {
        var details = peg$posDetailsCache[pos], p;
        if (details) {
          return details;
        } else {
          p = pos - 1;
          while (!peg$posDetailsCache[p]) {
            p--;
          }
          details = peg$posDetailsCache[p];
          details = {
            line: details.line,
            column: details.column
          };
          while (p < pos) {
            if (input.charCodeAt(p) === 10) {
              details.line++;
              details.column = 1;
            } else {
              details.column++;
            }
            p++;
          }
          peg$posDetailsCache[pos] = details;
          return details;
        }
      }
      function peg$computeLocation(startPos, endPos) {
        var startPosDetails = peg$computePosDetails(startPos), endPosDetails = peg$computePosDetails(endPos);
        return {
          start: {
            offset: startPos,
            line: startPosDetails.line,
            column: startPosDetails.column
          },
          end: {
            offset: endPos,
            line: endPosDetails.line,
            column: endPosDetails.column
          }
        };
      }
      function peg$fail(expected2) {
        if (peg$currPos < peg$maxFailPos) {
          return;
        }
        if (peg$currPos > peg$maxFailPos) {
          peg$maxFailPos = peg$currPos;
          peg$maxFailExpected = [];
        }
        peg$maxFailExpected.push(expected2);
      }
      function peg$buildSimpleError(message, location2) {
        return new peg$SyntaxError(message, null, null, location2);
      }
      function peg$buildStructuredError(expected2, found, location2) {
        return new peg$SyntaxError(
          peg$SyntaxError.buildMessage(expected2, found),
          expected2,
          found,
          location2
        );
      }
      function peg$parseStart() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$parse_();
        if (s1 !== peg$FAILED) {
          s2 = peg$parsePathList();
          if (s2 !== peg$FAILED) {
            s3 = peg$parse_();
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c0(s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsePathList() {
        var s0, s1, s2, s3, s4, s5, s6, s7;
        s0 = peg$currPos;
        s1 = peg$parsePathExpression();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parse_();
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 44) {
              s5 = peg$c1;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c2);
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = peg$parse_();
              if (s6 !== peg$FAILED) {
                s7 = peg$parsePathExpression();
                if (s7 !== peg$FAILED) {
                  peg$savedPos = s3;
                  s4 = peg$c3(s1, s7);
                  s3 = s4;
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 44) {
                s5 = peg$c1;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c2);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = peg$parsePathExpression();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c3(s1, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c4(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parse_() {
        var s0, s1;
        peg$silentFails++;
        s0 = [];
        if (peg$c6.test(input.charAt(peg$currPos))) {
          s1 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c7);
          }
        }
        while (s1 !== peg$FAILED) {
          s0.push(s1);
          if (peg$c6.test(input.charAt(peg$currPos))) {
            s1 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c7);
            }
          }
        }
        peg$silentFails--;
        if (s0 === peg$FAILED) {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c5);
          }
        }
        return s0;
      }
      function peg$parseIdentifier() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$parseIdentifierStart();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$parseIdentifierPart();
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$parseIdentifierPart();
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c8(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parseExpressionAttributeName();
        }
        return s0;
      }
      function peg$parseIdentifierStart() {
        var s0;
        if (peg$c9.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c10);
          }
        }
        if (s0 === peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 95) {
            s0 = peg$c11;
            peg$currPos++;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c12);
            }
          }
        }
        return s0;
      }
      function peg$parseIdentifierPart() {
        var s0;
        s0 = peg$parseIdentifierStart();
        if (s0 === peg$FAILED) {
          if (peg$c13.test(input.charAt(peg$currPos))) {
            s0 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c14);
            }
          }
        }
        return s0;
      }
      function peg$parseExpressionAttributeName() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 35) {
          s1 = peg$c15;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c16);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$parseIdentifierPart();
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$parseIdentifierPart();
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c17(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsePathExpression() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9;
        s0 = peg$currPos;
        s1 = peg$parseIdentifier();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parse_();
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 91) {
              s5 = peg$c18;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c19);
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = peg$parse_();
              if (s6 !== peg$FAILED) {
                s7 = [];
                if (peg$c13.test(input.charAt(peg$currPos))) {
                  s8 = input.charAt(peg$currPos);
                  peg$currPos++;
                } else {
                  s8 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c14);
                  }
                }
                if (s8 !== peg$FAILED) {
                  while (s8 !== peg$FAILED) {
                    s7.push(s8);
                    if (peg$c13.test(input.charAt(peg$currPos))) {
                      s8 = input.charAt(peg$currPos);
                      peg$currPos++;
                    } else {
                      s8 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c14);
                      }
                    }
                  }
                } else {
                  s7 = peg$FAILED;
                }
                if (s7 !== peg$FAILED) {
                  s8 = peg$parse_();
                  if (s8 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 93) {
                      s9 = peg$c20;
                      peg$currPos++;
                    } else {
                      s9 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c21);
                      }
                    }
                    if (s9 !== peg$FAILED) {
                      peg$savedPos = s3;
                      s4 = peg$c22(s1, s7);
                      s3 = s4;
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          if (s3 === peg$FAILED) {
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 46) {
                s5 = peg$c23;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c24);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = peg$parseIdentifier();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c25(s1, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 91) {
                s5 = peg$c18;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c19);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = [];
                  if (peg$c13.test(input.charAt(peg$currPos))) {
                    s8 = input.charAt(peg$currPos);
                    peg$currPos++;
                  } else {
                    s8 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c14);
                    }
                  }
                  if (s8 !== peg$FAILED) {
                    while (s8 !== peg$FAILED) {
                      s7.push(s8);
                      if (peg$c13.test(input.charAt(peg$currPos))) {
                        s8 = input.charAt(peg$currPos);
                        peg$currPos++;
                      } else {
                        s8 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c14);
                        }
                      }
                    }
                  } else {
                    s7 = peg$FAILED;
                  }
                  if (s7 !== peg$FAILED) {
                    s8 = peg$parse_();
                    if (s8 !== peg$FAILED) {
                      if (input.charCodeAt(peg$currPos) === 93) {
                        s9 = peg$c20;
                        peg$currPos++;
                      } else {
                        s9 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c21);
                        }
                      }
                      if (s9 !== peg$FAILED) {
                        peg$savedPos = s3;
                        s4 = peg$c22(s1, s7);
                        s3 = s4;
                      } else {
                        peg$currPos = s3;
                        s3 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
            if (s3 === peg$FAILED) {
              s3 = peg$currPos;
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 46) {
                  s5 = peg$c23;
                  peg$currPos++;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c24);
                  }
                }
                if (s5 !== peg$FAILED) {
                  s6 = peg$parse_();
                  if (s6 !== peg$FAILED) {
                    s7 = peg$parseIdentifier();
                    if (s7 !== peg$FAILED) {
                      peg$savedPos = s3;
                      s4 = peg$c25(s1, s7);
                      s3 = s4;
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c26(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      var context = options.context;
      var attrNames = context.attrNames || {};
      var unusedAttrNames = context.unusedAttrNames || {};
      var isReserved = context.isReserved;
      var errors = {};
      var paths = [];
      var nestedPaths = /* @__PURE__ */ Object.create(null);
      function checkReserved(name) {
        if (isReserved(name) && !errors.reserved) {
          errors.reserved = "Attribute name is a reserved keyword; reserved keyword: " + name;
        }
      }
      function resolveAttrName(name) {
        if (errors.attrNameVal) {
          return;
        }
        if (!attrNames[name]) {
          errors.attrNameVal = "An expression attribute name used in the document path is not defined; attribute name: " + name;
          return;
        }
        delete unusedAttrNames[name];
        return attrNames[name];
      }
      function checkPath(path) {
        if (errors.pathOverlap) {
          return;
        }
        for (var i = 0; i < paths.length; i++) {
          checkPaths(paths[i], path);
          if (errors.pathOverlap) {
            return;
          }
        }
        paths.push(path);
      }
      function checkPaths(path1, path2) {
        for (var i = 0; i < path1.length && i < path2.length; i++) {
          if (typeof path1[i] !== typeof path2[i]) {
            errors.pathConflict = "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: " + pathStr(path1) + ", path two: " + pathStr(path2);
            return;
          }
          if (path1[i] !== path2[i]) return;
        }
        if (errors.pathOverlap) {
          return;
        }
        errors.pathOverlap = "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: " + pathStr(path1) + ", path two: " + pathStr(path2);
      }
      function pathStr(path) {
        return "[" + path.map(function(piece) {
          return typeof piece == "number" ? "[" + piece + "]" : piece;
        }).join(", ") + "]";
      }
      function checkErrors() {
        var errorOrder = ["reserved", "attrNameVal", "pathOverlap", "pathConflict"];
        for (var i = 0; i < errorOrder.length; i++) {
          if (errors[errorOrder[i]]) return errors[errorOrder[i]];
        }
        return null;
      }
      peg$result = peg$startRuleFunction();
      if (peg$result !== peg$FAILED && peg$currPos === input.length) {
        return peg$result;
      } else {
        if (peg$result !== peg$FAILED && peg$currPos < input.length) {
          peg$fail(peg$endExpectation());
        }
        throw peg$buildStructuredError(
          peg$maxFailExpected,
          peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null,
          peg$maxFailPos < input.length ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1) : peg$computeLocation(peg$maxFailPos, peg$maxFailPos)
        );
      }
    }
    module.exports = {
      SyntaxError: peg$SyntaxError,
      parse: peg$parse
    };
  }
});

// ../../node_modules/dynalite/db/updateParser.js
var require_updateParser = __commonJS({
  "../../node_modules/dynalite/db/updateParser.js"(exports, module) {
    "use strict";
    function peg$subclass(child, parent2) {
      function ctor() {
        this.constructor = child;
      }
      ctor.prototype = parent2.prototype;
      child.prototype = new ctor();
    }
    function peg$SyntaxError(message, expected, found, location) {
      this.message = message;
      this.expected = expected;
      this.found = found;
      this.location = location;
      this.name = "SyntaxError";
      if (typeof Error.captureStackTrace === "function") {
        Error.captureStackTrace(this, peg$SyntaxError);
      }
    }
    peg$subclass(peg$SyntaxError, Error);
    peg$SyntaxError.buildMessage = function(expected, found) {
      var DESCRIBE_EXPECTATION_FNS = {
        literal: function(expectation) {
          return '"' + literalEscape(expectation.text) + '"';
        },
        "class": function(expectation) {
          var escapedParts = "", i;
          for (i = 0; i < expectation.parts.length; i++) {
            escapedParts += expectation.parts[i] instanceof Array ? classEscape(expectation.parts[i][0]) + "-" + classEscape(expectation.parts[i][1]) : classEscape(expectation.parts[i]);
          }
          return "[" + (expectation.inverted ? "^" : "") + escapedParts + "]";
        },
        any: function(expectation) {
          return "any character";
        },
        end: function(expectation) {
          return "end of input";
        },
        other: function(expectation) {
          return expectation.description;
        }
      };
      function hex(ch) {
        return ch.charCodeAt(0).toString(16).toUpperCase();
      }
      function literalEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function classEscape(s) {
        return s.replace(/\\/g, "\\\\").replace(/\]/g, "\\]").replace(/\^/g, "\\^").replace(/-/g, "\\-").replace(/\0/g, "\\0").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/[\x00-\x0F]/g, function(ch) {
          return "\\x0" + hex(ch);
        }).replace(/[\x10-\x1F\x7F-\x9F]/g, function(ch) {
          return "\\x" + hex(ch);
        });
      }
      function describeExpectation(expectation) {
        return DESCRIBE_EXPECTATION_FNS[expectation.type](expectation);
      }
      function describeExpected(expected2) {
        var descriptions = new Array(expected2.length), i, j;
        for (i = 0; i < expected2.length; i++) {
          descriptions[i] = describeExpectation(expected2[i]);
        }
        descriptions.sort();
        if (descriptions.length > 0) {
          for (i = 1, j = 1; i < descriptions.length; i++) {
            if (descriptions[i - 1] !== descriptions[i]) {
              descriptions[j] = descriptions[i];
              j++;
            }
          }
          descriptions.length = j;
        }
        switch (descriptions.length) {
          case 1:
            return descriptions[0];
          case 2:
            return descriptions[0] + " or " + descriptions[1];
          default:
            return descriptions.slice(0, -1).join(", ") + ", or " + descriptions[descriptions.length - 1];
        }
      }
      function describeFound(found2) {
        return found2 ? '"' + literalEscape(found2) + '"' : "end of input";
      }
      return "Expected " + describeExpected(expected) + " but " + describeFound(found) + " found.";
    };
    function peg$parse(input, options) {
      options = options !== void 0 ? options : {};
      var peg$FAILED = {}, peg$startRuleFunctions = { Start: peg$parseStart }, peg$startRuleFunction = peg$parseStart, peg$c0 = function(sections2) {
        return checkErrors() || { sections: sections2, paths, nestedPaths };
      }, peg$c1 = function(head, sec) {
        return sec;
      }, peg$c2 = function(head, tail) {
        return [].concat.apply(head, tail);
      }, peg$c3 = function(args) {
        checkSection("SET");
        return args;
      }, peg$c4 = function(args) {
        checkSection("REMOVE");
        return args;
      }, peg$c5 = function(args) {
        checkSection("ADD");
        return args;
      }, peg$c6 = function(args) {
        checkSection("DELETE");
        return args;
      }, peg$c7 = ",", peg$c8 = peg$literalExpectation(",", false), peg$c9 = function(head, expr) {
        return expr;
      }, peg$c10 = function(head, tail) {
        return [head].concat(tail);
      }, peg$c11 = "=", peg$c12 = peg$literalExpectation("=", false), peg$c13 = function(path, val) {
        checkPath(path);
        return { type: "set", path, val, attrType: getType(val) };
      }, peg$c14 = function(path) {
        checkPath(path);
        return { type: "remove", path };
      }, peg$c15 = function(path, val) {
        checkPath(path);
        var attrType = checkOperator("ADD", val);
        return { type: "add", path, val, attrType };
      }, peg$c16 = function(path, val) {
        checkPath(path);
        var attrType = checkOperator("DELETE", val);
        return { type: "delete", path, val, attrType };
      }, peg$c17 = "(", peg$c18 = peg$literalExpectation("(", false), peg$c19 = ")", peg$c20 = peg$literalExpectation(")", false), peg$c21 = function(val) {
        return val;
      }, peg$c22 = "+", peg$c23 = peg$literalExpectation("+", false), peg$c24 = function(arg1, arg2) {
        var attrType = checkFunction("+", [arg1, arg2]);
        return { type: "add", args: [arg1, arg2], attrType };
      }, peg$c25 = "-", peg$c26 = peg$literalExpectation("-", false), peg$c27 = function(arg1, arg2) {
        var attrType = checkFunction("-", [arg1, arg2]);
        return { type: "subtract", args: [arg1, arg2], attrType };
      }, peg$c28 = function(op) {
        return op;
      }, peg$c29 = function(head, tail, args) {
        var name = head + tail.join("");
        var attrType = checkFunction(name, args);
        return { type: "function", name, args, attrType };
      }, peg$c30 = "#", peg$c31 = peg$literalExpectation("#", false), peg$c32 = function(head, tail) {
        return resolveAttrName(head + tail.join(""));
      }, peg$c33 = ":", peg$c34 = peg$literalExpectation(":", false), peg$c35 = function(head, tail) {
        return resolveAttrVal(head + tail.join(""));
      }, peg$c36 = "[", peg$c37 = peg$literalExpectation("[", false), peg$c38 = /^[0-9]/, peg$c39 = peg$classExpectation([["0", "9"]], false, false), peg$c40 = "]", peg$c41 = peg$literalExpectation("]", false), peg$c42 = function(head, ix) {
        return +ix.join("");
      }, peg$c43 = ".", peg$c44 = peg$literalExpectation(".", false), peg$c45 = function(head, prop) {
        return prop;
      }, peg$c46 = function(head, tail) {
        var path = [head].concat(tail);
        if (path.length > 1) {
          nestedPaths[path[0]] = true;
        }
        return path;
      }, peg$c47 = function(head, tail) {
        var name = head + tail.join("");
        checkReserved(name);
        return name;
      }, peg$c48 = /^[a-zA-Z]/, peg$c49 = peg$classExpectation([["a", "z"], ["A", "Z"]], false, false), peg$c50 = "_", peg$c51 = peg$literalExpectation("_", false), peg$c52 = "set", peg$c53 = peg$literalExpectation("SET", true), peg$c54 = "remove", peg$c55 = peg$literalExpectation("REMOVE", true), peg$c56 = "add", peg$c57 = peg$literalExpectation("ADD", true), peg$c58 = "delete", peg$c59 = peg$literalExpectation("DELETE", true), peg$c60 = peg$otherExpectation("whitespace"), peg$c61 = /^[ \t\r\n]/, peg$c62 = peg$classExpectation([" ", "	", "\r", "\n"], false, false), peg$currPos = 0, peg$savedPos = 0, peg$posDetailsCache = [{ line: 1, column: 1 }], peg$maxFailPos = 0, peg$maxFailExpected = [], peg$silentFails = 0, peg$result;
      if ("startRule" in options) {
        if (!(options.startRule in peg$startRuleFunctions)) {
          throw new Error(`Can't start parsing from rule "` + options.startRule + '".');
        }
        peg$startRuleFunction = peg$startRuleFunctions[options.startRule];
      }
      function text() {
        return input.substring(peg$savedPos, peg$currPos);
      }
      function location() {
        return peg$computeLocation(peg$savedPos, peg$currPos);
      }
      function expected(description, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildStructuredError(
          [peg$otherExpectation(description)],
          input.substring(peg$savedPos, peg$currPos),
          location2
        );
      }
      function error(message, location2) {
        location2 = location2 !== void 0 ? location2 : peg$computeLocation(peg$savedPos, peg$currPos);
        throw peg$buildSimpleError(message, location2);
      }
      function peg$literalExpectation(text2, ignoreCase) {
        return { type: "literal", text: text2, ignoreCase };
      }
      function peg$classExpectation(parts, inverted, ignoreCase) {
        return { type: "class", parts, inverted, ignoreCase };
      }
      function peg$anyExpectation() {
        return { type: "any" };
      }
      function peg$endExpectation() {
        return { type: "end" };
      }
      function peg$otherExpectation(description) {
        return { type: "other", description };
      }
      function peg$computePosDetails(pos) {
        var details = peg$posDetailsCache[pos], p;
        if (details) {
          return details;
        } else {
          p = pos - 1;
          while (!peg$posDetailsCache[p]) {
            p--;
          }
          details = peg$posDetailsCache[p];
          details = {
            line: details.line,
            column: details.column
          };
          while (p < pos) {
            if (input.charCodeAt(p) === 10) {
              details.line++;
              details.column = 1;
            } else {
              details.column++;
            }
            p++;
          }
          peg$posDetailsCache[pos] = details;
          return details;
        }
      }
      function peg$computeLocation(startPos, endPos) {
        var startPosDetails = peg$computePosDetails(startPos), endPosDetails = peg$computePosDetails(endPos);
        return {
          start: {
            offset: startPos,
            line: startPosDetails.line,
            column: startPosDetails.column
          },
          end: {
            offset: endPos,
            line: endPosDetails.line,
            column: endPosDetails.column
          }
        };
      }
      function peg$fail(expected2) {
        if (peg$currPos < peg$maxFailPos) {
          return;
        }
        if (peg$currPos > peg$maxFailPos) {
          peg$maxFailPos = peg$currPos;
          peg$maxFailExpected = [];
        }
        peg$maxFailExpected.push(expected2);
      }
      function peg$buildSimpleError(message, location2) {
        return new peg$SyntaxError(message, null, null, location2);
      }
      function peg$buildStructuredError(expected2, found, location2) {
        return new peg$SyntaxError(
          peg$SyntaxError.buildMessage(expected2, found),
          expected2,
          found,
          location2
        );
      }
      function peg$parseStart() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$parse_();
        if (s1 !== peg$FAILED) {
          s2 = peg$parseSectionList();
          if (s2 !== peg$FAILED) {
            s3 = peg$parse_();
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c0(s2);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseSectionList() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parseSection();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parse_();
          if (s4 !== peg$FAILED) {
            s5 = peg$parseSection();
            if (s5 !== peg$FAILED) {
              peg$savedPos = s3;
              s4 = peg$c1(s1, s5);
              s3 = s4;
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              s5 = peg$parseSection();
              if (s5 !== peg$FAILED) {
                peg$savedPos = s3;
                s4 = peg$c1(s1, s5);
                s3 = s4;
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c2(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseSection() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$parseSetToken();
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            s3 = peg$parseSetArgumentList();
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c3(s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseRemoveToken();
          if (s1 !== peg$FAILED) {
            s2 = peg$parse_();
            if (s2 !== peg$FAILED) {
              s3 = peg$parseRemoveArgumentList();
              if (s3 !== peg$FAILED) {
                peg$savedPos = s0;
                s1 = peg$c4(s3);
                s0 = s1;
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$currPos;
            s1 = peg$parseAddToken();
            if (s1 !== peg$FAILED) {
              s2 = peg$parse_();
              if (s2 !== peg$FAILED) {
                s3 = peg$parseAddArgumentList();
                if (s3 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c5(s3);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
            if (s0 === peg$FAILED) {
              s0 = peg$currPos;
              s1 = peg$parseDeleteToken();
              if (s1 !== peg$FAILED) {
                s2 = peg$parse_();
                if (s2 !== peg$FAILED) {
                  s3 = peg$parseDeleteArgumentList();
                  if (s3 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s1 = peg$c6(s3);
                    s0 = s1;
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            }
          }
        }
        return s0;
      }
      function peg$parseSetArgumentList() {
        var s0, s1, s2, s3, s4, s5, s6, s7;
        s0 = peg$currPos;
        s1 = peg$parseSetExpression();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parse_();
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 44) {
              s5 = peg$c7;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c8);
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = peg$parse_();
              if (s6 !== peg$FAILED) {
                s7 = peg$parseSetExpression();
                if (s7 !== peg$FAILED) {
                  peg$savedPos = s3;
                  s4 = peg$c9(s1, s7);
                  s3 = s4;
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 44) {
                s5 = peg$c7;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c8);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = peg$parseSetExpression();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c9(s1, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c10(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseRemoveArgumentList() {
        var s0, s1, s2, s3, s4, s5, s6, s7;
        s0 = peg$currPos;
        s1 = peg$parseRemoveExpression();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parse_();
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 44) {
              s5 = peg$c7;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c8);
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = peg$parse_();
              if (s6 !== peg$FAILED) {
                s7 = peg$parseRemoveExpression();
                if (s7 !== peg$FAILED) {
                  peg$savedPos = s3;
                  s4 = peg$c9(s1, s7);
                  s3 = s4;
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 44) {
                s5 = peg$c7;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c8);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = peg$parseRemoveExpression();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c9(s1, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c10(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseAddArgumentList() {
        var s0, s1, s2, s3, s4, s5, s6, s7;
        s0 = peg$currPos;
        s1 = peg$parseAddExpression();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parse_();
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 44) {
              s5 = peg$c7;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c8);
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = peg$parse_();
              if (s6 !== peg$FAILED) {
                s7 = peg$parseAddExpression();
                if (s7 !== peg$FAILED) {
                  peg$savedPos = s3;
                  s4 = peg$c9(s1, s7);
                  s3 = s4;
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 44) {
                s5 = peg$c7;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c8);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = peg$parseAddExpression();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c9(s1, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c10(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseDeleteArgumentList() {
        var s0, s1, s2, s3, s4, s5, s6, s7;
        s0 = peg$currPos;
        s1 = peg$parseDeleteExpression();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parse_();
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 44) {
              s5 = peg$c7;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c8);
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = peg$parse_();
              if (s6 !== peg$FAILED) {
                s7 = peg$parseDeleteExpression();
                if (s7 !== peg$FAILED) {
                  peg$savedPos = s3;
                  s4 = peg$c9(s1, s7);
                  s3 = s4;
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 44) {
                s5 = peg$c7;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c8);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = peg$parseDeleteExpression();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c9(s1, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c10(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseSetExpression() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parsePathExpression();
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 61) {
              s3 = peg$c11;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c12);
              }
            }
            if (s3 !== peg$FAILED) {
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                s5 = peg$parseSetValueParens();
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c13(s1, s5);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseRemoveExpression() {
        var s0, s1;
        s0 = peg$currPos;
        s1 = peg$parsePathExpression();
        if (s1 !== peg$FAILED) {
          peg$savedPos = s0;
          s1 = peg$c14(s1);
        }
        s0 = s1;
        return s0;
      }
      function peg$parseAddExpression() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$parsePathExpression();
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            s3 = peg$parseExpressionAttributeValue();
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c15(s1, s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseDeleteExpression() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        s1 = peg$parsePathExpression();
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            s3 = peg$parseExpressionAttributeValue();
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c16(s1, s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseSetValueParens() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 40) {
          s1 = peg$c17;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c18);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            s3 = peg$parseSetValue();
            if (s3 !== peg$FAILED) {
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 41) {
                  s5 = peg$c19;
                  peg$currPos++;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c20);
                  }
                }
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c21(s3);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parseSetValue();
        }
        return s0;
      }
      function peg$parseSetValue() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        s1 = peg$parseOperandParens();
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 43) {
              s3 = peg$c22;
              peg$currPos++;
            } else {
              s3 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c23);
              }
            }
            if (s3 !== peg$FAILED) {
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                s5 = peg$parseOperandParens();
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c24(s1, s5);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$currPos;
          s1 = peg$parseOperandParens();
          if (s1 !== peg$FAILED) {
            s2 = peg$parse_();
            if (s2 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 45) {
                s3 = peg$c25;
                peg$currPos++;
              } else {
                s3 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c26);
                }
              }
              if (s3 !== peg$FAILED) {
                s4 = peg$parse_();
                if (s4 !== peg$FAILED) {
                  s5 = peg$parseOperandParens();
                  if (s5 !== peg$FAILED) {
                    peg$savedPos = s0;
                    s1 = peg$c27(s1, s5);
                    s0 = s1;
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
          if (s0 === peg$FAILED) {
            s0 = peg$parseOperandParens();
          }
        }
        return s0;
      }
      function peg$parseOperandParens() {
        var s0, s1, s2, s3, s4, s5;
        s0 = peg$currPos;
        if (input.charCodeAt(peg$currPos) === 40) {
          s1 = peg$c17;
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c18);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parse_();
          if (s2 !== peg$FAILED) {
            s3 = peg$parseOperand();
            if (s3 !== peg$FAILED) {
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 41) {
                  s5 = peg$c19;
                  peg$currPos++;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c20);
                  }
                }
                if (s5 !== peg$FAILED) {
                  peg$savedPos = s0;
                  s1 = peg$c28(s3);
                  s0 = s1;
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parseOperand();
        }
        return s0;
      }
      function peg$parseOperand() {
        var s0;
        s0 = peg$parseFunction();
        if (s0 === peg$FAILED) {
          s0 = peg$parseExpressionAttributeValue();
          if (s0 === peg$FAILED) {
            s0 = peg$parsePathExpression();
          }
        }
        return s0;
      }
      function peg$parseFunction() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9;
        s0 = peg$currPos;
        s1 = peg$currPos;
        peg$silentFails++;
        s2 = peg$parseReservedWord();
        peg$silentFails--;
        if (s2 === peg$FAILED) {
          s1 = void 0;
        } else {
          peg$currPos = s1;
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseIdentifierStart();
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseIdentifierPart();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseIdentifierPart();
            }
            if (s3 !== peg$FAILED) {
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 40) {
                  s5 = peg$c17;
                  peg$currPos++;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c18);
                  }
                }
                if (s5 !== peg$FAILED) {
                  s6 = peg$parse_();
                  if (s6 !== peg$FAILED) {
                    s7 = peg$parseFunctionArgumentList();
                    if (s7 !== peg$FAILED) {
                      s8 = peg$parse_();
                      if (s8 !== peg$FAILED) {
                        if (input.charCodeAt(peg$currPos) === 41) {
                          s9 = peg$c19;
                          peg$currPos++;
                        } else {
                          s9 = peg$FAILED;
                          if (peg$silentFails === 0) {
                            peg$fail(peg$c20);
                          }
                        }
                        if (s9 !== peg$FAILED) {
                          peg$savedPos = s0;
                          s1 = peg$c29(s2, s3, s7);
                          s0 = s1;
                        } else {
                          peg$currPos = s0;
                          s0 = peg$FAILED;
                        }
                      } else {
                        peg$currPos = s0;
                        s0 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s0;
                      s0 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s0;
                    s0 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s0;
                  s0 = peg$FAILED;
                }
              } else {
                peg$currPos = s0;
                s0 = peg$FAILED;
              }
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseFunctionArgumentList() {
        var s0, s1, s2, s3, s4, s5, s6, s7;
        s0 = peg$currPos;
        s1 = peg$parseOperandParens();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parse_();
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 44) {
              s5 = peg$c7;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c8);
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = peg$parse_();
              if (s6 !== peg$FAILED) {
                s7 = peg$parseOperandParens();
                if (s7 !== peg$FAILED) {
                  peg$savedPos = s3;
                  s4 = peg$c9(s1, s7);
                  s3 = s4;
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 44) {
                s5 = peg$c7;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c8);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = peg$parseOperandParens();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c9(s1, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c10(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseExpressionAttributeName() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$currPos;
        peg$silentFails++;
        s2 = peg$parseReservedWord();
        peg$silentFails--;
        if (s2 === peg$FAILED) {
          s1 = void 0;
        } else {
          peg$currPos = s1;
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 35) {
            s2 = peg$c30;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c31);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseIdentifierPart();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseIdentifierPart();
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c32(s2, s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseExpressionAttributeValue() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$currPos;
        peg$silentFails++;
        s2 = peg$parseReservedWord();
        peg$silentFails--;
        if (s2 === peg$FAILED) {
          s1 = void 0;
        } else {
          peg$currPos = s1;
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 58) {
            s2 = peg$c33;
            peg$currPos++;
          } else {
            s2 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c34);
            }
          }
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseIdentifierPart();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseIdentifierPart();
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c35(s2, s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parsePathExpression() {
        var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9;
        s0 = peg$currPos;
        s1 = peg$parseIdentifier();
        if (s1 !== peg$FAILED) {
          s2 = [];
          s3 = peg$currPos;
          s4 = peg$parse_();
          if (s4 !== peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 91) {
              s5 = peg$c36;
              peg$currPos++;
            } else {
              s5 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c37);
              }
            }
            if (s5 !== peg$FAILED) {
              s6 = peg$parse_();
              if (s6 !== peg$FAILED) {
                s7 = [];
                if (peg$c38.test(input.charAt(peg$currPos))) {
                  s8 = input.charAt(peg$currPos);
                  peg$currPos++;
                } else {
                  s8 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c39);
                  }
                }
                if (s8 !== peg$FAILED) {
                  while (s8 !== peg$FAILED) {
                    s7.push(s8);
                    if (peg$c38.test(input.charAt(peg$currPos))) {
                      s8 = input.charAt(peg$currPos);
                      peg$currPos++;
                    } else {
                      s8 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c39);
                      }
                    }
                  }
                } else {
                  s7 = peg$FAILED;
                }
                if (s7 !== peg$FAILED) {
                  s8 = peg$parse_();
                  if (s8 !== peg$FAILED) {
                    if (input.charCodeAt(peg$currPos) === 93) {
                      s9 = peg$c40;
                      peg$currPos++;
                    } else {
                      s9 = peg$FAILED;
                      if (peg$silentFails === 0) {
                        peg$fail(peg$c41);
                      }
                    }
                    if (s9 !== peg$FAILED) {
                      peg$savedPos = s3;
                      s4 = peg$c42(s1, s7);
                      s3 = s4;
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          } else {
            peg$currPos = s3;
            s3 = peg$FAILED;
          }
          if (s3 === peg$FAILED) {
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 46) {
                s5 = peg$c43;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c44);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = peg$parseIdentifier();
                  if (s7 !== peg$FAILED) {
                    peg$savedPos = s3;
                    s4 = peg$c45(s1, s7);
                    s3 = s4;
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
          }
          while (s3 !== peg$FAILED) {
            s2.push(s3);
            s3 = peg$currPos;
            s4 = peg$parse_();
            if (s4 !== peg$FAILED) {
              if (input.charCodeAt(peg$currPos) === 91) {
                s5 = peg$c36;
                peg$currPos++;
              } else {
                s5 = peg$FAILED;
                if (peg$silentFails === 0) {
                  peg$fail(peg$c37);
                }
              }
              if (s5 !== peg$FAILED) {
                s6 = peg$parse_();
                if (s6 !== peg$FAILED) {
                  s7 = [];
                  if (peg$c38.test(input.charAt(peg$currPos))) {
                    s8 = input.charAt(peg$currPos);
                    peg$currPos++;
                  } else {
                    s8 = peg$FAILED;
                    if (peg$silentFails === 0) {
                      peg$fail(peg$c39);
                    }
                  }
                  if (s8 !== peg$FAILED) {
                    while (s8 !== peg$FAILED) {
                      s7.push(s8);
                      if (peg$c38.test(input.charAt(peg$currPos))) {
                        s8 = input.charAt(peg$currPos);
                        peg$currPos++;
                      } else {
                        s8 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c39);
                        }
                      }
                    }
                  } else {
                    s7 = peg$FAILED;
                  }
                  if (s7 !== peg$FAILED) {
                    s8 = peg$parse_();
                    if (s8 !== peg$FAILED) {
                      if (input.charCodeAt(peg$currPos) === 93) {
                        s9 = peg$c40;
                        peg$currPos++;
                      } else {
                        s9 = peg$FAILED;
                        if (peg$silentFails === 0) {
                          peg$fail(peg$c41);
                        }
                      }
                      if (s9 !== peg$FAILED) {
                        peg$savedPos = s3;
                        s4 = peg$c42(s1, s7);
                        s3 = s4;
                      } else {
                        peg$currPos = s3;
                        s3 = peg$FAILED;
                      }
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            } else {
              peg$currPos = s3;
              s3 = peg$FAILED;
            }
            if (s3 === peg$FAILED) {
              s3 = peg$currPos;
              s4 = peg$parse_();
              if (s4 !== peg$FAILED) {
                if (input.charCodeAt(peg$currPos) === 46) {
                  s5 = peg$c43;
                  peg$currPos++;
                } else {
                  s5 = peg$FAILED;
                  if (peg$silentFails === 0) {
                    peg$fail(peg$c44);
                  }
                }
                if (s5 !== peg$FAILED) {
                  s6 = peg$parse_();
                  if (s6 !== peg$FAILED) {
                    s7 = peg$parseIdentifier();
                    if (s7 !== peg$FAILED) {
                      peg$savedPos = s3;
                      s4 = peg$c45(s1, s7);
                      s3 = s4;
                    } else {
                      peg$currPos = s3;
                      s3 = peg$FAILED;
                    }
                  } else {
                    peg$currPos = s3;
                    s3 = peg$FAILED;
                  }
                } else {
                  peg$currPos = s3;
                  s3 = peg$FAILED;
                }
              } else {
                peg$currPos = s3;
                s3 = peg$FAILED;
              }
            }
          }
          if (s2 !== peg$FAILED) {
            peg$savedPos = s0;
            s1 = peg$c46(s1, s2);
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseIdentifier() {
        var s0, s1, s2, s3, s4;
        s0 = peg$currPos;
        s1 = peg$currPos;
        peg$silentFails++;
        s2 = peg$parseReservedWord();
        peg$silentFails--;
        if (s2 === peg$FAILED) {
          s1 = void 0;
        } else {
          peg$currPos = s1;
          s1 = peg$FAILED;
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$parseIdentifierStart();
          if (s2 !== peg$FAILED) {
            s3 = [];
            s4 = peg$parseIdentifierPart();
            while (s4 !== peg$FAILED) {
              s3.push(s4);
              s4 = peg$parseIdentifierPart();
            }
            if (s3 !== peg$FAILED) {
              peg$savedPos = s0;
              s1 = peg$c47(s2, s3);
              s0 = s1;
            } else {
              peg$currPos = s0;
              s0 = peg$FAILED;
            }
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        if (s0 === peg$FAILED) {
          s0 = peg$parseExpressionAttributeName();
        }
        return s0;
      }
      function peg$parseIdentifierStart() {
        var s0;
        if (peg$c48.test(input.charAt(peg$currPos))) {
          s0 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s0 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c49);
          }
        }
        if (s0 === peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 95) {
            s0 = peg$c50;
            peg$currPos++;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c51);
            }
          }
        }
        return s0;
      }
      function peg$parseIdentifierPart() {
        var s0;
        s0 = peg$parseIdentifierStart();
        if (s0 === peg$FAILED) {
          if (peg$c38.test(input.charAt(peg$currPos))) {
            s0 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c39);
            }
          }
        }
        return s0;
      }
      function peg$parseAttributePart() {
        var s0;
        s0 = peg$parseIdentifierPart();
        if (s0 === peg$FAILED) {
          if (input.charCodeAt(peg$currPos) === 35) {
            s0 = peg$c30;
            peg$currPos++;
          } else {
            s0 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c31);
            }
          }
          if (s0 === peg$FAILED) {
            if (input.charCodeAt(peg$currPos) === 58) {
              s0 = peg$c33;
              peg$currPos++;
            } else {
              s0 = peg$FAILED;
              if (peg$silentFails === 0) {
                peg$fail(peg$c34);
              }
            }
          }
        }
        return s0;
      }
      function peg$parseReservedWord() {
        var s0;
        s0 = peg$parseSetToken();
        if (s0 === peg$FAILED) {
          s0 = peg$parseRemoveToken();
          if (s0 === peg$FAILED) {
            s0 = peg$parseAddToken();
            if (s0 === peg$FAILED) {
              s0 = peg$parseDeleteToken();
            }
          }
        }
        return s0;
      }
      function peg$parseSetToken() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 3).toLowerCase() === peg$c52) {
          s1 = input.substr(peg$currPos, 3);
          peg$currPos += 3;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c53);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$currPos;
          peg$silentFails++;
          s3 = peg$parseAttributePart();
          peg$silentFails--;
          if (s3 === peg$FAILED) {
            s2 = void 0;
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseRemoveToken() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 6).toLowerCase() === peg$c54) {
          s1 = input.substr(peg$currPos, 6);
          peg$currPos += 6;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c55);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$currPos;
          peg$silentFails++;
          s3 = peg$parseAttributePart();
          peg$silentFails--;
          if (s3 === peg$FAILED) {
            s2 = void 0;
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseAddToken() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 3).toLowerCase() === peg$c56) {
          s1 = input.substr(peg$currPos, 3);
          peg$currPos += 3;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c57);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$currPos;
          peg$silentFails++;
          s3 = peg$parseAttributePart();
          peg$silentFails--;
          if (s3 === peg$FAILED) {
            s2 = void 0;
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parseDeleteToken() {
        var s0, s1, s2, s3;
        s0 = peg$currPos;
        if (input.substr(peg$currPos, 6).toLowerCase() === peg$c58) {
          s1 = input.substr(peg$currPos, 6);
          peg$currPos += 6;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c59);
          }
        }
        if (s1 !== peg$FAILED) {
          s2 = peg$currPos;
          peg$silentFails++;
          s3 = peg$parseAttributePart();
          peg$silentFails--;
          if (s3 === peg$FAILED) {
            s2 = void 0;
          } else {
            peg$currPos = s2;
            s2 = peg$FAILED;
          }
          if (s2 !== peg$FAILED) {
            s1 = [s1, s2];
            s0 = s1;
          } else {
            peg$currPos = s0;
            s0 = peg$FAILED;
          }
        } else {
          peg$currPos = s0;
          s0 = peg$FAILED;
        }
        return s0;
      }
      function peg$parse_() {
        var s0, s1;
        peg$silentFails++;
        s0 = [];
        if (peg$c61.test(input.charAt(peg$currPos))) {
          s1 = input.charAt(peg$currPos);
          peg$currPos++;
        } else {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c62);
          }
        }
        while (s1 !== peg$FAILED) {
          s0.push(s1);
          if (peg$c61.test(input.charAt(peg$currPos))) {
            s1 = input.charAt(peg$currPos);
            peg$currPos++;
          } else {
            s1 = peg$FAILED;
            if (peg$silentFails === 0) {
              peg$fail(peg$c62);
            }
          }
        }
        peg$silentFails--;
        if (s0 === peg$FAILED) {
          s1 = peg$FAILED;
          if (peg$silentFails === 0) {
            peg$fail(peg$c60);
          }
        }
        return s0;
      }
      var context = options.context;
      var attrNames = context.attrNames || /* @__PURE__ */ Object.create(null);
      var attrVals = context.attrVals || /* @__PURE__ */ Object.create(null);
      var unusedAttrNames = context.unusedAttrNames || /* @__PURE__ */ Object.create(null);
      var unusedAttrVals = context.unusedAttrVals || /* @__PURE__ */ Object.create(null);
      var isReserved = context.isReserved;
      var errors = /* @__PURE__ */ Object.create(null);
      var sections = /* @__PURE__ */ Object.create(null);
      var paths = [];
      var nestedPaths = /* @__PURE__ */ Object.create(null);
      function checkReserved(name) {
        if (isReserved(name) && !errors.reserved) {
          errors.reserved = "Attribute name is a reserved keyword; reserved keyword: " + name;
        }
      }
      function checkFunction(name, args) {
        if (errors.unknownFunction) {
          return;
        }
        var functions = {
          "if_not_exists": 2,
          "list_append": 2,
          "+": 2,
          "-": 2
        };
        var numOperands = functions[name];
        if (numOperands == null) {
          errors.unknownFunction = "Invalid function name; function: " + name;
          return;
        }
        if (errors.function) {
          return;
        }
        if (numOperands != args.length) {
          errors.function = "Incorrect number of operands for operator or function; operator or function: " + name + ", number of operands: " + args.length;
          return;
        }
        switch (name) {
          case "if_not_exists":
            if (!Array.isArray(args[0])) {
              errors.function = "Operator or function requires a document path; operator or function: " + name;
              return;
            }
            return getType(args[1]);
          case "list_append":
            for (var i = 0; i < args.length; i++) {
              var type = getImmediateType(args[i]);
              if (type && type != "L") {
                errors.function = "Incorrect operand type for operator or function; operator or function: " + name + ", operand type: " + type;
                return;
              }
            }
            return "L";
          case "+":
          case "-":
            for (var i = 0; i < args.length; i++) {
              var type = getImmediateType(args[i]);
              if (type && type != "N") {
                errors.function = "Incorrect operand type for operator or function; operator or function: " + name + ", operand type: " + type;
                return;
              }
            }
            return "N";
        }
      }
      function checkSection(type) {
        if (errors.section) {
          return;
        }
        if (sections[type]) {
          errors.section = 'The "' + type + '" section can only be used once in an update expression;';
          return;
        }
        sections[type] = true;
      }
      function resolveAttrName(name) {
        if (errors.attrName) {
          return;
        }
        if (!attrNames[name]) {
          errors.attrName = "An expression attribute name used in the document path is not defined; attribute name: " + name;
          return;
        }
        delete unusedAttrNames[name];
        return attrNames[name];
      }
      function resolveAttrVal(name) {
        if (errors.attrVal) {
          return;
        }
        if (!attrVals[name]) {
          errors.attrVal = "An expression attribute value used in expression is not defined; attribute value: " + name;
          return;
        }
        delete unusedAttrVals[name];
        return attrVals[name];
      }
      function checkPath(path) {
        if (errors.pathOverlap || !Array.isArray(path)) {
          return;
        }
        for (var i = 0; i < paths.length; i++) {
          checkPaths(paths[i], path);
          if (errors.pathOverlap) {
            return;
          }
        }
        paths.push(path);
      }
      function checkPaths(path1, path2) {
        for (var i = 0; i < path1.length && i < path2.length; i++) {
          if (typeof path1[i] !== typeof path2[i]) {
            errors.pathConflict = "Two document paths conflict with each other; must remove or rewrite one of these paths; path one: " + pathStr(path1) + ", path two: " + pathStr(path2);
            return;
          }
          if (path1[i] !== path2[i]) return;
        }
        if (errors.pathOverlap) {
          return;
        }
        errors.pathOverlap = "Two document paths overlap with each other; must remove or rewrite one of these paths; path one: " + pathStr(path1) + ", path two: " + pathStr(path2);
      }
      function pathStr(path) {
        return "[" + path.map(function(piece) {
          return typeof piece == "number" ? "[" + piece + "]" : piece;
        }).join(", ") + "]";
      }
      function checkOperator(operator, val) {
        if (errors.operand || !val) {
          return;
        }
        var typeMappings = {
          S: "STRING",
          N: "NUMBER",
          B: "BINARY",
          NULL: "NULL",
          BOOL: "BOOLEAN",
          L: "LIST",
          M: "MAP"
        };
        var type = getImmediateType(val);
        if (typeMappings[type] && !(operator == "ADD" && type == "N")) {
          errors.operand = "Incorrect operand type for operator or function; operator: " + operator + ", operand type: " + typeMappings[type];
        }
        return type;
      }
      function getType(val) {
        if (!val || typeof val != "object" || Array.isArray(val)) return null;
        if (val.attrType) return val.attrType;
        return getImmediateType(val);
      }
      function getImmediateType(val) {
        if (!val || typeof val != "object" || Array.isArray(val) || val.attrType) return null;
        var types = ["S", "N", "B", "NULL", "BOOL", "SS", "NS", "BS", "L", "M"];
        for (var i = 0; i < types.length; i++) {
          if (val[types[i]] != null) return types[i];
        }
        return null;
      }
      function checkErrors() {
        var errorOrder = [
          "reserved",
          "unknownFunction",
          "section",
          "attrName",
          "attrVal",
          "pathOverlap",
          "pathConflict",
          "operand",
          "function"
        ];
        for (var i = 0; i < errorOrder.length; i++) {
          if (errors[errorOrder[i]]) return errors[errorOrder[i]];
        }
        return null;
      }
      peg$result = peg$startRuleFunction();
      if (peg$result !== peg$FAILED && peg$currPos === input.length) {
        return peg$result;
      } else {
        if (peg$result !== peg$FAILED && peg$currPos < input.length) {
          peg$fail(peg$endExpectation());
        }
        throw peg$buildStructuredError(
          peg$maxFailExpected,
          peg$maxFailPos < input.length ? input.charAt(peg$maxFailPos) : null,
          peg$maxFailPos < input.length ? peg$computeLocation(peg$maxFailPos, peg$maxFailPos + 1) : peg$computeLocation(peg$maxFailPos, peg$maxFailPos)
        );
      }
    }
    module.exports = {
      SyntaxError: peg$SyntaxError,
      parse: peg$parse
    };
  }
});

// ../../node_modules/dynalite/validations/index.js
var require_validations = __commonJS({
  "../../node_modules/dynalite/validations/index.js"(exports) {
    var Big = require_big();
    var db = require_db();
    var conditionParser = require_conditionParser();
    var projectionParser = require_projectionParser();
    var updateParser = require_updateParser();
    exports.checkTypes = checkTypes;
    exports.checkValidations = checkValidations;
    exports.toLowerFirst = toLowerFirst;
    exports.findDuplicate = findDuplicate;
    exports.validateAttributeValue = validateAttributeValue;
    exports.validateConditions = validateConditions;
    exports.validateAttributeConditions = validateAttributeConditions;
    exports.validateExpressionParams = validateExpressionParams;
    exports.validateExpressions = validateExpressions;
    exports.convertKeyCondition = convertKeyCondition;
    function checkTypes(data, types) {
      var key;
      for (key in data) {
        if (!types[key] || data[key] == null)
          delete data[key];
      }
      return Object.keys(types).reduce(function(newData, key2) {
        var val = checkType(data[key2], types[key2]);
        if (val != null) newData[key2] = val;
        return newData;
      }, {});
      function typeError(msg) {
        var err = new Error(msg);
        err.statusCode = 400;
        err.body = {
          __type: "com.amazon.coral.service#SerializationException",
          Message: msg
        };
        return err;
      }
      function checkType(val, type) {
        if (val == null) return null;
        var children = type.children;
        if (typeof children == "string") children = { type: children };
        if (type.type) type = type.type;
        var subtypeMatch = type.match(/(.+?)<(.+)>$/), subtype;
        if (subtypeMatch != null) {
          type = subtypeMatch[1];
          subtype = subtypeMatch[2];
        }
        if (type == "AttrStruct") {
          return checkType(val, {
            type: subtype + "<AttributeValue>",
            children: {
              S: "String",
              B: "Blob",
              N: "String",
              BOOL: "Boolean",
              NULL: "Boolean",
              BS: {
                type: "List",
                children: "Blob"
              },
              NS: {
                type: "List",
                children: "String"
              },
              SS: {
                type: "List",
                children: "String"
              },
              L: {
                type: "List",
                children: "AttrStruct<ValueStruct>"
              },
              M: {
                type: "Map<AttributeValue>",
                children: "AttrStruct<ValueStruct>"
              }
            }
          });
        }
        switch (type) {
          case "Boolean":
            switch (typeof val) {
              case "number":
                throw typeError((val % 1 === 0 ? "NUMBER_VALUE" : "DECIMAL_VALUE") + " cannot be converted to " + type);
              case "string":
                val = val.toUpperCase();
                if (~["TRUE", "1", "YES"].indexOf(val)) {
                  val = true;
                } else if (~["FALSE", "0", "NO"].indexOf(val)) {
                  val = false;
                } else {
                  throw typeError("Unexpected token received from parser");
                }
                break;
              case "object":
                if (Array.isArray(val)) throw typeError("Unrecognized collection type class java.lang." + type);
                throw typeError("Start of structure or map found where not expected");
            }
            return val;
          case "Short":
          case "Integer":
          case "Long":
          case "Double":
            switch (typeof val) {
              case "boolean":
                throw typeError((val ? "TRUE_VALUE" : "FALSE_VALUE") + " cannot be converted to " + type);
              case "number":
                if (type != "Double") val = Math.floor(val);
                break;
              case "string":
                throw typeError("STRING_VALUE cannot be converted to " + type);
              case "object":
                if (Array.isArray(val)) throw typeError("Unrecognized collection type class java.lang." + type);
                throw typeError("Start of structure or map found where not expected");
            }
            return val;
          case "String":
            switch (typeof val) {
              case "boolean":
                throw typeError((val ? "TRUE_VALUE" : "FALSE_VALUE") + " cannot be converted to " + type);
              case "number":
                throw typeError((val % 1 === 0 ? "NUMBER_VALUE" : "DECIMAL_VALUE") + " cannot be converted to " + type);
              case "object":
                if (Array.isArray(val)) throw typeError("Unrecognized collection type class java.lang." + type);
                throw typeError("Start of structure or map found where not expected");
            }
            return val;
          case "Blob":
            switch (typeof val) {
              case "boolean":
              case "number":
                throw typeError("only base-64-encoded strings are convertible to bytes");
              case "object":
                if (Array.isArray(val)) throw typeError("Unrecognized collection type class java.nio.ByteBuffer");
                throw typeError("Start of structure or map found where not expected");
            }
            if (val.length % 4)
              throw typeError("Base64 encoded length is expected a multiple of 4 bytes but found: " + val.length);
            if (Buffer.from(val, "base64").toString("base64") != val)
              throw typeError("Invalid last non-pad Base64 character dectected");
            return val;
          case "List":
            switch (typeof val) {
              case "boolean":
              case "number":
              case "string":
                throw typeError("Unexpected field type");
              case "object":
                if (!Array.isArray(val)) throw typeError("Start of structure or map found where not expected");
            }
            return val.map(function(child) {
              return checkType(child, children);
            });
          case "ParameterizedList":
            switch (typeof val) {
              case "boolean":
              case "number":
              case "string":
                throw typeError("class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in module java.base of loader 'bootstrap')");
              case "object":
                if (!Array.isArray(val)) throw typeError("Start of structure or map found where not expected");
            }
            return val.map(function(child) {
              return checkType(child, children);
            });
          case "ParameterizedMap":
            switch (typeof val) {
              case "boolean":
              case "number":
              case "string":
                throw typeError("class sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl cannot be cast to class java.lang.Class (sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl and java.lang.Class are in module java.base of loader 'bootstrap')");
              case "object":
                if (Array.isArray(val)) throw typeError("Unrecognized collection type java.util.Map<java.lang.String, com.amazonaws.dynamodb.v20120810.AttributeValue>");
            }
            return Object.keys(val).reduce(function(newVal, key2) {
              newVal[key2] = checkType(val[key2], children);
              return newVal;
            }, {});
          case "Map":
            switch (typeof val) {
              case "boolean":
              case "number":
              case "string":
                throw typeError("Unexpected field type");
              case "object":
                if (Array.isArray(val)) {
                  throw typeError("Unrecognized collection type java.util.Map<java.lang.String, " + (~subtype.indexOf(".") ? subtype : "com.amazonaws.dynamodb.v20120810." + subtype) + ">");
                }
            }
            return Object.keys(val).reduce(function(newVal, key2) {
              newVal[key2] = checkType(val[key2], children);
              return newVal;
            }, {});
          case "ValueStruct":
            switch (typeof val) {
              case "boolean":
              case "number":
              case "string":
                throw typeError("Unexpected value type in payload");
              case "object":
                if (Array.isArray(val)) throw typeError("Unrecognized collection type class com.amazonaws.dynamodb.v20120810." + subtype);
            }
            return checkTypes(val, children);
          case "FieldStruct":
            switch (typeof val) {
              case "boolean":
              case "number":
              case "string":
                throw typeError("Unexpected field type");
              case "object":
                if (Array.isArray(val)) throw typeError("Unrecognized collection type class com.amazonaws.dynamodb.v20120810." + subtype);
            }
            return checkTypes(val, children);
          default:
            throw new Error("Unknown type: " + type);
        }
      }
    }
    var validateFns = {};
    function checkValidations(data, validations, custom, store) {
      var attr, msg, errors = [];
      for (attr in validations) {
        if (validations[attr].required && data[attr] == null) {
          throw db.validationError("The parameter '" + attr + "' is required but was not present in the request");
        }
        if (validations[attr].tableName) {
          msg = validateTableName(attr, data[attr]);
          if (msg) throw db.validationError(msg);
        }
      }
      function checkNonRequireds(data2, types, parent2) {
        for (attr in types) {
          checkNonRequired(attr, data2[attr], types[attr], parent2);
        }
      }
      checkNonRequireds(data, validations);
      function checkNonRequired(attr2, data2, validations2, parent2) {
        if (validations2 == null || typeof validations2 != "object") return;
        for (var validation in validations2) {
          if (errors.length >= 10) return;
          if (~["type", "required", "tableName"].indexOf(validation)) continue;
          if (validation != "notNull" && data2 == null) continue;
          if (validation == "children") {
            if (/List$/.test(validations2.type)) {
              for (var i = 0; i < data2.length; i++) {
                checkNonRequired(
                  "member",
                  data2[i],
                  validations2.children,
                  (parent2 ? parent2 + "." : "") + toLowerFirst(attr2) + "." + (i + 1)
                );
              }
              continue;
            } else if (/Map/.test(validations2.type)) {
              Object.keys(data2).forEach(function(key) {
                checkNonRequired(
                  "member",
                  data2[key],
                  validations2.children,
                  (parent2 ? parent2 + "." : "") + toLowerFirst(attr2) + "." + key
                );
              });
              continue;
            }
            checkNonRequireds(data2, validations2.children, (parent2 ? parent2 + "." : "") + toLowerFirst(attr2));
            continue;
          }
          validateFns[validation](parent2, attr2, validations2[validation], data2, errors);
        }
      }
      if (errors.length)
        throw db.validationError(errors.length + " validation error" + (errors.length > 1 ? "s" : "") + " detected: " + errors.join("; "));
      if (custom) {
        msg = custom(data, store);
        if (msg) throw db.validationError(msg);
      }
    }
    validateFns.notNull = function(parent2, key, val, data, errors) {
      validate(data != null, "Member must not be null", data, parent2, key, errors);
    };
    validateFns.greaterThanOrEqual = function(parent2, key, val, data, errors) {
      validate(data >= val, "Member must have value greater than or equal to " + val, data, parent2, key, errors);
    };
    validateFns.lessThanOrEqual = function(parent2, key, val, data, errors) {
      validate(data <= val, "Member must have value less than or equal to " + val, data, parent2, key, errors);
    };
    validateFns.regex = function(parent2, key, pattern, data, errors) {
      validate(RegExp("^" + pattern + "$").test(data), "Member must satisfy regular expression pattern: " + pattern, data, parent2, key, errors);
    };
    validateFns.lengthGreaterThanOrEqual = function(parent2, key, val, data, errors) {
      var length = typeof data == "object" && !Array.isArray(data) ? Object.keys(data).length : data.length;
      validate(length >= val, "Member must have length greater than or equal to " + val, data, parent2, key, errors);
    };
    validateFns.lengthLessThanOrEqual = function(parent2, key, val, data, errors) {
      var length = typeof data == "object" && !Array.isArray(data) ? Object.keys(data).length : data.length;
      validate(length <= val, "Member must have length less than or equal to " + val, data, parent2, key, errors);
    };
    validateFns.enum = function(parent2, key, val, data, errors) {
      validate(~val.indexOf(data), "Member must satisfy enum value set: [" + val.join(", ") + "]", data, parent2, key, errors);
    };
    validateFns.keys = function(parent2, key, val, data, errors) {
      Object.keys(data).forEach(function(mapKey) {
        try {
          Object.keys(val).forEach(function(validation) {
            validateFns[validation]("", "", val[validation], mapKey, []);
          });
        } catch {
          var msgs = Object.keys(val).map(function(validation) {
            if (validation == "lengthGreaterThanOrEqual")
              return "Member must have length greater than or equal to " + val[validation];
            if (validation == "lengthLessThanOrEqual")
              return "Member must have length less than or equal to " + val[validation];
            if (validation == "regex")
              return "Member must satisfy regular expression pattern: " + val[validation];
          });
          validate(false, "Map keys must satisfy constraint: [" + msgs.join(", ") + "]", data, parent2, key, errors);
        }
      });
    };
    validateFns.values = function(parent2, key, val, data, errors) {
      Object.keys(data).forEach(function(mapKey) {
        try {
          Object.keys(val).forEach(function(validation) {
            validateFns[validation]("", "", val[validation], data[mapKey], []);
          });
        } catch {
          var msgs = Object.keys(val).map(function(validation) {
            if (validation == "lengthGreaterThanOrEqual")
              return "Member must have length greater than or equal to " + val[validation];
            if (validation == "lengthLessThanOrEqual")
              return "Member must have length less than or equal to " + val[validation];
          });
          validate(false, "Map value must satisfy constraint: [" + msgs.join(", ") + "]", data, parent2, key, errors);
        }
      });
    };
    function validate(predicate, msg, data, parent2, key, errors) {
      if (predicate) return;
      var value = valueStr(data);
      if (value != "null") value = "'" + value + "'";
      parent2 = parent2 ? parent2 + "." : "";
      errors.push("Value " + value + " at '" + parent2 + toLowerFirst(key) + "' failed to satisfy constraint: " + msg);
    }
    function validateTableName(key, val) {
      if (val == null) return null;
      if (val.length < 3 || val.length > 255)
        return key + " must be at least 3 characters long and at most 255 characters long";
    }
    function toLowerFirst(str) {
      return str[0].toLowerCase() + str.slice(1);
    }
    function validateAttributeValue(value) {
      var types = Object.keys(value), msg, i, attr;
      if (!types.length)
        return "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes";
      for (var type in value) {
        if (type == "N") {
          msg = checkNum(type, value);
          if (msg) return msg;
        }
        if (type == "NULL" && !value[type])
          return "One or more parameter values were invalid: Null attribute value types must have the value of true";
        if (type == "SS" && !value[type].length)
          return "One or more parameter values were invalid: An string set  may not be empty";
        if (type == "NS" && !value[type].length)
          return "One or more parameter values were invalid: An number set  may not be empty";
        if (type == "BS" && !value[type].length)
          return "One or more parameter values were invalid: Binary sets should not be empty";
        if (type == "NS") {
          for (i = 0; i < value[type].length; i++) {
            msg = checkNum(i, value[type]);
            if (msg) return msg;
          }
        }
        if (type == "SS" && findDuplicate(value[type]))
          return "One or more parameter values were invalid: Input collection " + valueStr(value[type]) + " contains duplicates.";
        if (type == "NS" && findDuplicate(value[type]))
          return "Input collection contains duplicates";
        if (type == "BS" && findDuplicate(value[type]))
          return "One or more parameter values were invalid: Input collection " + valueStr(value[type]) + "of type BS contains duplicates.";
        if (type == "M") {
          for (attr in value[type]) {
            msg = validateAttributeValue(value[type][attr]);
            if (msg) return msg;
          }
        }
        if (type == "L") {
          for (i = 0; i < value[type].length; i++) {
            msg = validateAttributeValue(value[type][i]);
            if (msg) return msg;
          }
        }
      }
      if (types.length > 1)
        return "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes";
    }
    function checkNum(attr, obj) {
      if (!obj[attr])
        return "The parameter cannot be converted to a numeric value";
      var bigNum;
      try {
        bigNum = new Big(obj[attr]);
      } catch {
        return "The parameter cannot be converted to a numeric value: " + obj[attr];
      }
      if (bigNum.e > 125)
        return "Number overflow. Attempting to store a number with magnitude larger than supported range";
      else if (bigNum.e < -130)
        return "Number underflow. Attempting to store a number with magnitude smaller than supported range";
      else if (bigNum.c.length > 38)
        return "Attempting to store more than 38 significant digits in a Number";
      obj[attr] = bigNum.toFixed();
    }
    function valueStr(data) {
      return data == null ? "null" : Array.isArray(data) ? "[" + data.map(valueStr).join(", ") + "]" : typeof data == "object" ? JSON.stringify(data) : data;
    }
    function findDuplicate(arr) {
      if (!arr) return null;
      var vals = /* @__PURE__ */ Object.create(null);
      for (var i = 0; i < arr.length; i++) {
        if (vals[arr[i]]) return arr[i];
        vals[arr[i]] = true;
      }
    }
    function validateAttributeConditions(data) {
      for (var key in data.Expected) {
        var condition = data.Expected[key];
        if ("AttributeValueList" in condition && "Value" in condition)
          return "One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: " + key;
        if ("ComparisonOperator" in condition) {
          if ("Exists" in condition)
            return "One or more parameter values were invalid: Exists and ComparisonOperator cannot be used together for Attribute: " + key;
          if (condition.ComparisonOperator != "NULL" && condition.ComparisonOperator != "NOT_NULL" && !("AttributeValueList" in condition) && !("Value" in condition))
            return "One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: " + condition.ComparisonOperator + " for Attribute: " + key;
          var values = condition.AttributeValueList ? condition.AttributeValueList.length : condition.Value ? 1 : 0;
          var validAttrCount = false;
          switch (condition.ComparisonOperator) {
            case "EQ":
            case "NE":
            case "LE":
            case "LT":
            case "GE":
            case "GT":
            case "CONTAINS":
            case "NOT_CONTAINS":
            case "BEGINS_WITH":
              if (values === 1) validAttrCount = true;
              break;
            case "NOT_NULL":
            case "NULL":
              if (values === 0) validAttrCount = true;
              break;
            case "IN":
              if (values > 0) validAttrCount = true;
              break;
            case "BETWEEN":
              if (values === 2) validAttrCount = true;
              break;
          }
          if (!validAttrCount)
            return "One or more parameter values were invalid: Invalid number of argument(s) for the " + condition.ComparisonOperator + " ComparisonOperator";
          if (condition.AttributeValueList && condition.AttributeValueList.length) {
            var type = Object.keys(condition.AttributeValueList[0])[0];
            if (condition.AttributeValueList.some(function(attr) {
              return Object.keys(attr)[0] != type;
            })) {
              return "One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type";
            }
            if (condition.ComparisonOperator == "BETWEEN" && db.compare("GT", condition.AttributeValueList[0], condition.AttributeValueList[1])) {
              return "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound";
            }
          }
        } else if ("AttributeValueList" in condition) {
          return "One or more parameter values were invalid: AttributeValueList can only be used with a ComparisonOperator for Attribute: " + key;
        } else {
          var exists = condition.Exists == null || condition.Exists;
          if (exists && condition.Value == null)
            return "One or more parameter values were invalid: Value must be provided when Exists is " + (condition.Exists == null ? "null" : condition.Exists) + " for Attribute: " + key;
          else if (!exists && condition.Value != null)
            return "One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: " + key;
          if (condition.Value != null) {
            var msg = validateAttributeValue(condition.Value);
            if (msg) return msg;
          }
        }
      }
    }
    function validateConditions(conditions) {
      var lengths = {
        NULL: 0,
        NOT_NULL: 0,
        EQ: 1,
        NE: 1,
        LE: 1,
        LT: 1,
        GE: 1,
        GT: 1,
        CONTAINS: 1,
        NOT_CONTAINS: 1,
        BEGINS_WITH: 1,
        IN: [1],
        BETWEEN: 2
      };
      var types = {
        EQ: ["S", "N", "B", "SS", "NS", "BS"],
        NE: ["S", "N", "B", "SS", "NS", "BS"],
        LE: ["S", "N", "B"],
        LT: ["S", "N", "B"],
        GE: ["S", "N", "B"],
        GT: ["S", "N", "B"],
        CONTAINS: ["S", "N", "B"],
        NOT_CONTAINS: ["S", "N", "B"],
        BEGINS_WITH: ["S", "B"],
        IN: ["S", "N", "B"],
        BETWEEN: ["S", "N", "B"]
      };
      for (var key in conditions) {
        var comparisonOperator = conditions[key].ComparisonOperator;
        var attrValList = conditions[key].AttributeValueList || [];
        for (var i = 0; i < attrValList.length; i++) {
          var msg = validateAttributeValue(attrValList[i]);
          if (msg) return msg;
        }
        if (typeof lengths[comparisonOperator] == "number" && attrValList.length != lengths[comparisonOperator] || (attrValList.length < lengths[comparisonOperator][0] || attrValList.length > lengths[comparisonOperator][1]))
          return "One or more parameter values were invalid: Invalid number of argument(s) for the " + comparisonOperator + " ComparisonOperator";
        if (attrValList.length) {
          var type = Object.keys(attrValList[0])[0];
          if (attrValList.some(function(attr) {
            return Object.keys(attr)[0] != type;
          })) {
            return "One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type";
          }
        }
        if (types[comparisonOperator]) {
          for (i = 0; i < attrValList.length; i++) {
            if (!~types[comparisonOperator].indexOf(Object.keys(attrValList[i])[0]))
              return "One or more parameter values were invalid: ComparisonOperator " + comparisonOperator + " is not valid for " + Object.keys(attrValList[i])[0] + " AttributeValue type";
          }
        }
        if (comparisonOperator == "BETWEEN" && db.compare("GT", attrValList[0], attrValList[1])) {
          return "The BETWEEN condition was provided a range where the lower bound is greater than the upper bound";
        }
      }
    }
    function validateExpressionParams(data, expressions, nonExpressions) {
      var exprParams = expressions.filter(function(expr) {
        return data[expr] != null;
      });
      if (exprParams.length) {
        if (data.KeyConditions != null && data.KeyConditionExpression == null) {
          nonExpressions.splice(nonExpressions.indexOf("KeyConditions"), 1);
        }
        var nonExprParams = nonExpressions.filter(function(expr) {
          return data[expr] != null;
        });
        if (nonExprParams.length) {
          return "Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {" + nonExprParams.join(", ") + "} Expression parameters: {" + exprParams.join(", ") + "}";
        }
      }
      if (data.ExpressionAttributeNames != null && !exprParams.length) {
        return "ExpressionAttributeNames can only be specified when using expressions";
      }
      var valExprs = expressions.filter(function(expr) {
        return expr != "ProjectionExpression";
      });
      if (valExprs.length && data.ExpressionAttributeValues != null && valExprs.every(function(expr) {
        return data[expr] == null;
      })) {
        return "ExpressionAttributeValues can only be specified when using expressions: " + valExprs.join(" and ") + " " + (valExprs.length > 1 ? "are" : "is") + " null";
      }
    }
    function validateExpressions(data) {
      var key, msg, result, context = {
        attrNames: data.ExpressionAttributeNames,
        attrVals: data.ExpressionAttributeValues,
        unusedAttrNames: {},
        unusedAttrVals: {}
      };
      if (data.ExpressionAttributeNames != null) {
        if (!Object.keys(data.ExpressionAttributeNames).length)
          return "ExpressionAttributeNames must not be empty";
        for (key in data.ExpressionAttributeNames) {
          if (!/^#[0-9a-zA-Z_]+$/.test(key)) {
            return 'ExpressionAttributeNames contains invalid key: Syntax error; key: "' + key + '"';
          }
          context.unusedAttrNames[key] = true;
        }
      }
      if (data.ExpressionAttributeValues != null) {
        if (!Object.keys(data.ExpressionAttributeValues).length)
          return "ExpressionAttributeValues must not be empty";
        for (key in data.ExpressionAttributeValues) {
          if (!/^:[0-9a-zA-Z_]+$/.test(key)) {
            return 'ExpressionAttributeValues contains invalid key: Syntax error; key: "' + key + '"';
          }
          context.unusedAttrVals[key] = true;
        }
        for (key in data.ExpressionAttributeValues) {
          msg = validateAttributeValue(data.ExpressionAttributeValues[key]);
          if (msg) {
            msg = "ExpressionAttributeValues contains invalid value: " + msg + " for key " + key;
            return msg;
          }
        }
      }
      if (data.UpdateExpression != null) {
        result = parse(data.UpdateExpression, updateParser, context);
        if (typeof result == "string") {
          return "Invalid UpdateExpression: " + result;
        }
        data._updates = result;
      }
      if (data.ConditionExpression != null) {
        result = parse(data.ConditionExpression, conditionParser, context);
        if (typeof result == "string") {
          return "Invalid ConditionExpression: " + result;
        }
        data._condition = result;
      }
      if (data.KeyConditionExpression != null) {
        context.isKeyCondition = true;
        result = parse(data.KeyConditionExpression, conditionParser, context);
        if (typeof result == "string") {
          return "Invalid KeyConditionExpression: " + result;
        }
        data._keyCondition = result;
      }
      if (data.FilterExpression != null) {
        result = parse(data.FilterExpression, conditionParser, context);
        if (typeof result == "string") {
          return "Invalid FilterExpression: " + result;
        }
        data._filter = result;
      }
      if (data.ProjectionExpression != null) {
        result = parse(data.ProjectionExpression, projectionParser, context);
        if (typeof result == "string") {
          return "Invalid ProjectionExpression: " + result;
        }
        data._projection = result;
      }
      if (Object.keys(context.unusedAttrNames).length) {
        return "Value provided in ExpressionAttributeNames unused in expressions: keys: {" + Object.keys(context.unusedAttrNames).join(", ") + "}";
      }
      if (Object.keys(context.unusedAttrVals).length) {
        return "Value provided in ExpressionAttributeValues unused in expressions: keys: {" + Object.keys(context.unusedAttrVals).join(", ") + "}";
      }
    }
    function parse(str, parser, context) {
      if (str == "") return "The expression can not be empty;";
      context.isReserved = isReserved;
      context.compare = db.compare;
      try {
        return parser.parse(str, { context });
      } catch (e) {
        return e.name == "SyntaxError" ? "Syntax error; " + e.message : e.message;
      }
    }
    function convertKeyCondition(expression) {
      var keyConds = /* @__PURE__ */ Object.create(null);
      return checkExpr(expression, keyConds) || keyConds;
    }
    function checkExpr(expr, keyConds) {
      if (!expr || !expr.type) return;
      if (~["or", "not", "in", "<>"].indexOf(expr.type)) {
        return "Invalid operator used in KeyConditionExpression: " + expr.type.toUpperCase();
      }
      if (expr.type == "function" && ~["attribute_exists", "attribute_not_exists", "attribute_type", "contains"].indexOf(expr.name)) {
        return "Invalid operator used in KeyConditionExpression: " + expr.name;
      }
      if (expr.type == "function" && expr.name == "size") {
        return "KeyConditionExpressions cannot contain nested operations";
      }
      if (expr.type == "between" && !Array.isArray(expr.args[0])) {
        return "Invalid condition in KeyConditionExpression: " + expr.type.toUpperCase() + " operator must have the key attribute as its first operand";
      }
      if (expr.type == "function" && expr.name == "begins_with" && !Array.isArray(expr.args[0])) {
        return "Invalid condition in KeyConditionExpression: " + expr.name + " operator must have the key attribute as its first operand";
      }
      if (expr.args) {
        var attrName = "", attrIx = 0;
        for (var i = 0; i < expr.args.length; i++) {
          if (Array.isArray(expr.args[i])) {
            if (attrName) {
              return "Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition";
            }
            if (expr.args[i].length > 1) {
              return "KeyConditionExpressions cannot have conditions on nested attributes";
            }
            attrName = expr.args[i][0];
            attrIx = i;
          } else if (expr.args[i].type) {
            var result = checkExpr(expr.args[i], keyConds);
            if (result) return result;
          }
        }
        if (expr.type != "and") {
          if (!attrName) {
            return "Invalid condition in KeyConditionExpression: No key attribute specified";
          }
          if (keyConds[attrName]) {
            return "KeyConditionExpressions must only contain one condition per key";
          }
          if (attrIx != 0) {
            expr.type = {
              "=": "=",
              "<": ">",
              "<=": ">=",
              ">": "<",
              ">=": "<="
            }[expr.type];
            expr.args[1] = expr.args[0];
          }
          keyConds[attrName] = {
            ComparisonOperator: {
              "=": "EQ",
              "<": "LT",
              "<=": "LE",
              ">": "GT",
              ">=": "GE",
              "between": "BETWEEN",
              "function": "BEGINS_WITH"
            }[expr.type],
            AttributeValueList: expr.args.slice(1)
          };
        }
      }
    }
    var RESERVED_WORDS = {
      ABORT: true,
      ABSOLUTE: true,
      ACTION: true,
      ADD: true,
      AFTER: true,
      AGENT: true,
      AGGREGATE: true,
      ALL: true,
      ALLOCATE: true,
      ALTER: true,
      ANALYZE: true,
      AND: true,
      ANY: true,
      ARCHIVE: true,
      ARE: true,
      ARRAY: true,
      AS: true,
      ASC: true,
      ASCII: true,
      ASENSITIVE: true,
      ASSERTION: true,
      ASYMMETRIC: true,
      AT: true,
      ATOMIC: true,
      ATTACH: true,
      ATTRIBUTE: true,
      AUTH: true,
      AUTHORIZATION: true,
      AUTHORIZE: true,
      AUTO: true,
      AVG: true,
      BACK: true,
      BACKUP: true,
      BASE: true,
      BATCH: true,
      BEFORE: true,
      BEGIN: true,
      BETWEEN: true,
      BIGINT: true,
      BINARY: true,
      BIT: true,
      BLOB: true,
      BLOCK: true,
      BOOLEAN: true,
      BOTH: true,
      BREADTH: true,
      BUCKET: true,
      BULK: true,
      BY: true,
      BYTE: true,
      CALL: true,
      CALLED: true,
      CALLING: true,
      CAPACITY: true,
      CASCADE: true,
      CASCADED: true,
      CASE: true,
      CAST: true,
      CATALOG: true,
      CHAR: true,
      CHARACTER: true,
      CHECK: true,
      CLASS: true,
      CLOB: true,
      CLOSE: true,
      CLUSTER: true,
      CLUSTERED: true,
      CLUSTERING: true,
      CLUSTERS: true,
      COALESCE: true,
      COLLATE: true,
      COLLATION: true,
      COLLECTION: true,
      COLUMN: true,
      COLUMNS: true,
      COMBINE: true,
      COMMENT: true,
      COMMIT: true,
      COMPACT: true,
      COMPILE: true,
      COMPRESS: true,
      CONDITION: true,
      CONFLICT: true,
      CONNECT: true,
      CONNECTION: true,
      CONSISTENCY: true,
      CONSISTENT: true,
      CONSTRAINT: true,
      CONSTRAINTS: true,
      CONSTRUCTOR: true,
      CONSUMED: true,
      CONTINUE: true,
      CONVERT: true,
      COPY: true,
      CORRESPONDING: true,
      COUNT: true,
      COUNTER: true,
      CREATE: true,
      CROSS: true,
      CUBE: true,
      CURRENT: true,
      CURSOR: true,
      CYCLE: true,
      DATA: true,
      DATABASE: true,
      DATE: true,
      DATETIME: true,
      DAY: true,
      DEALLOCATE: true,
      DEC: true,
      DECIMAL: true,
      DECLARE: true,
      DEFAULT: true,
      DEFERRABLE: true,
      DEFERRED: true,
      DEFINE: true,
      DEFINED: true,
      DEFINITION: true,
      DELETE: true,
      DELIMITED: true,
      DEPTH: true,
      DEREF: true,
      DESC: true,
      DESCRIBE: true,
      DESCRIPTOR: true,
      DETACH: true,
      DETERMINISTIC: true,
      DIAGNOSTICS: true,
      DIRECTORIES: true,
      DISABLE: true,
      DISCONNECT: true,
      DISTINCT: true,
      DISTRIBUTE: true,
      DO: true,
      DOMAIN: true,
      DOUBLE: true,
      DROP: true,
      DUMP: true,
      DURATION: true,
      DYNAMIC: true,
      EACH: true,
      ELEMENT: true,
      ELSE: true,
      ELSEIF: true,
      EMPTY: true,
      ENABLE: true,
      END: true,
      EQUAL: true,
      EQUALS: true,
      ERROR: true,
      ESCAPE: true,
      ESCAPED: true,
      EVAL: true,
      EVALUATE: true,
      EXCEEDED: true,
      EXCEPT: true,
      EXCEPTION: true,
      EXCEPTIONS: true,
      EXCLUSIVE: true,
      EXEC: true,
      EXECUTE: true,
      EXISTS: true,
      EXIT: true,
      EXPLAIN: true,
      EXPLODE: true,
      EXPORT: true,
      EXPRESSION: true,
      EXTENDED: true,
      EXTERNAL: true,
      EXTRACT: true,
      FAIL: true,
      FALSE: true,
      FAMILY: true,
      FETCH: true,
      FIELDS: true,
      FILE: true,
      FILTER: true,
      FILTERING: true,
      FINAL: true,
      FINISH: true,
      FIRST: true,
      FIXED: true,
      FLATTERN: true,
      FLOAT: true,
      FOR: true,
      FORCE: true,
      FOREIGN: true,
      FORMAT: true,
      FORWARD: true,
      FOUND: true,
      FREE: true,
      FROM: true,
      FULL: true,
      FUNCTION: true,
      FUNCTIONS: true,
      GENERAL: true,
      GENERATE: true,
      GET: true,
      GLOB: true,
      GLOBAL: true,
      GO: true,
      GOTO: true,
      GRANT: true,
      GREATER: true,
      GROUP: true,
      GROUPING: true,
      HANDLER: true,
      HASH: true,
      HAVE: true,
      HAVING: true,
      HEAP: true,
      HIDDEN: true,
      HOLD: true,
      HOUR: true,
      IDENTIFIED: true,
      IDENTITY: true,
      IF: true,
      IGNORE: true,
      IMMEDIATE: true,
      IMPORT: true,
      IN: true,
      INCLUDING: true,
      INCLUSIVE: true,
      INCREMENT: true,
      INCREMENTAL: true,
      INDEX: true,
      INDEXED: true,
      INDEXES: true,
      INDICATOR: true,
      INFINITE: true,
      INITIALLY: true,
      INLINE: true,
      INNER: true,
      INNTER: true,
      INOUT: true,
      INPUT: true,
      INSENSITIVE: true,
      INSERT: true,
      INSTEAD: true,
      INT: true,
      INTEGER: true,
      INTERSECT: true,
      INTERVAL: true,
      INTO: true,
      INVALIDATE: true,
      IS: true,
      ISOLATION: true,
      ITEM: true,
      ITEMS: true,
      ITERATE: true,
      JOIN: true,
      KEY: true,
      KEYS: true,
      LAG: true,
      LANGUAGE: true,
      LARGE: true,
      LAST: true,
      LATERAL: true,
      LEAD: true,
      LEADING: true,
      LEAVE: true,
      LEFT: true,
      LENGTH: true,
      LESS: true,
      LEVEL: true,
      LIKE: true,
      LIMIT: true,
      LIMITED: true,
      LINES: true,
      LIST: true,
      LOAD: true,
      LOCAL: true,
      LOCALTIME: true,
      LOCALTIMESTAMP: true,
      LOCATION: true,
      LOCATOR: true,
      LOCK: true,
      LOCKS: true,
      LOG: true,
      LOGED: true,
      LONG: true,
      LOOP: true,
      LOWER: true,
      MAP: true,
      MATCH: true,
      MATERIALIZED: true,
      MAX: true,
      MAXLEN: true,
      MEMBER: true,
      MERGE: true,
      METHOD: true,
      METRICS: true,
      MIN: true,
      MINUS: true,
      MINUTE: true,
      MISSING: true,
      MOD: true,
      MODE: true,
      MODIFIES: true,
      MODIFY: true,
      MODULE: true,
      MONTH: true,
      MULTI: true,
      MULTISET: true,
      NAME: true,
      NAMES: true,
      NATIONAL: true,
      NATURAL: true,
      NCHAR: true,
      NCLOB: true,
      NEW: true,
      NEXT: true,
      NO: true,
      NONE: true,
      NOT: true,
      NULL: true,
      NULLIF: true,
      NUMBER: true,
      NUMERIC: true,
      OBJECT: true,
      OF: true,
      OFFLINE: true,
      OFFSET: true,
      OLD: true,
      ON: true,
      ONLINE: true,
      ONLY: true,
      OPAQUE: true,
      OPEN: true,
      OPERATOR: true,
      OPTION: true,
      OR: true,
      ORDER: true,
      ORDINALITY: true,
      OTHER: true,
      OTHERS: true,
      OUT: true,
      OUTER: true,
      OUTPUT: true,
      OVER: true,
      OVERLAPS: true,
      OVERRIDE: true,
      OWNER: true,
      PAD: true,
      PARALLEL: true,
      PARAMETER: true,
      PARAMETERS: true,
      PARTIAL: true,
      PARTITION: true,
      PARTITIONED: true,
      PARTITIONS: true,
      PATH: true,
      PERCENT: true,
      PERCENTILE: true,
      PERMISSION: true,
      PERMISSIONS: true,
      PIPE: true,
      PIPELINED: true,
      PLAN: true,
      POOL: true,
      POSITION: true,
      PRECISION: true,
      PREPARE: true,
      PRESERVE: true,
      PRIMARY: true,
      PRIOR: true,
      PRIVATE: true,
      PRIVILEGES: true,
      PROCEDURE: true,
      PROCESSED: true,
      PROJECT: true,
      PROJECTION: true,
      PROPERTY: true,
      PROVISIONING: true,
      PUBLIC: true,
      PUT: true,
      QUERY: true,
      QUIT: true,
      QUORUM: true,
      RAISE: true,
      RANDOM: true,
      RANGE: true,
      RANK: true,
      RAW: true,
      READ: true,
      READS: true,
      REAL: true,
      REBUILD: true,
      RECORD: true,
      RECURSIVE: true,
      REDUCE: true,
      REF: true,
      REFERENCE: true,
      REFERENCES: true,
      REFERENCING: true,
      REGEXP: true,
      REGION: true,
      REINDEX: true,
      RELATIVE: true,
      RELEASE: true,
      REMAINDER: true,
      RENAME: true,
      REPEAT: true,
      REPLACE: true,
      REQUEST: true,
      RESET: true,
      RESIGNAL: true,
      RESOURCE: true,
      RESPONSE: true,
      RESTORE: true,
      RESTRICT: true,
      RESULT: true,
      RETURN: true,
      RETURNING: true,
      RETURNS: true,
      REVERSE: true,
      REVOKE: true,
      RIGHT: true,
      ROLE: true,
      ROLES: true,
      ROLLBACK: true,
      ROLLUP: true,
      ROUTINE: true,
      ROW: true,
      ROWS: true,
      RULE: true,
      RULES: true,
      SAMPLE: true,
      SATISFIES: true,
      SAVE: true,
      SAVEPOINT: true,
      SCAN: true,
      SCHEMA: true,
      SCOPE: true,
      SCROLL: true,
      SEARCH: true,
      SECOND: true,
      SECTION: true,
      SEGMENT: true,
      SEGMENTS: true,
      SELECT: true,
      SELF: true,
      SEMI: true,
      SENSITIVE: true,
      SEPARATE: true,
      SEQUENCE: true,
      SERIALIZABLE: true,
      SESSION: true,
      SET: true,
      SETS: true,
      SHARD: true,
      SHARE: true,
      SHARED: true,
      SHORT: true,
      SHOW: true,
      SIGNAL: true,
      SIMILAR: true,
      SIZE: true,
      SKEWED: true,
      SMALLINT: true,
      SNAPSHOT: true,
      SOME: true,
      SOURCE: true,
      SPACE: true,
      SPACES: true,
      SPARSE: true,
      SPECIFIC: true,
      SPECIFICTYPE: true,
      SPLIT: true,
      SQL: true,
      SQLCODE: true,
      SQLERROR: true,
      SQLEXCEPTION: true,
      SQLSTATE: true,
      SQLWARNING: true,
      START: true,
      STATE: true,
      STATIC: true,
      STATUS: true,
      STORAGE: true,
      STORE: true,
      STORED: true,
      STREAM: true,
      STRING: true,
      STRUCT: true,
      STYLE: true,
      SUB: true,
      SUBMULTISET: true,
      SUBPARTITION: true,
      SUBSTRING: true,
      SUBTYPE: true,
      SUM: true,
      SUPER: true,
      SYMMETRIC: true,
      SYNONYM: true,
      SYSTEM: true,
      TABLE: true,
      TABLESAMPLE: true,
      TEMP: true,
      TEMPORARY: true,
      TERMINATED: true,
      TEXT: true,
      THAN: true,
      THEN: true,
      THROUGHPUT: true,
      TIME: true,
      TIMESTAMP: true,
      TIMEZONE: true,
      TINYINT: true,
      TO: true,
      TOKEN: true,
      TOTAL: true,
      TOUCH: true,
      TRAILING: true,
      TRANSACTION: true,
      TRANSFORM: true,
      TRANSLATE: true,
      TRANSLATION: true,
      TREAT: true,
      TRIGGER: true,
      TRIM: true,
      TRUE: true,
      TRUNCATE: true,
      TTL: true,
      TUPLE: true,
      TYPE: true,
      UNDER: true,
      UNDO: true,
      UNION: true,
      UNIQUE: true,
      UNIT: true,
      UNKNOWN: true,
      UNLOGGED: true,
      UNNEST: true,
      UNPROCESSED: true,
      UNSIGNED: true,
      UNTIL: true,
      UPDATE: true,
      UPPER: true,
      URL: true,
      USAGE: true,
      USE: true,
      USER: true,
      USERS: true,
      USING: true,
      UUID: true,
      VACUUM: true,
      VALUE: true,
      VALUED: true,
      VALUES: true,
      VARCHAR: true,
      VARIABLE: true,
      VARIANCE: true,
      VARINT: true,
      VARYING: true,
      VIEW: true,
      VIEWS: true,
      VIRTUAL: true,
      VOID: true,
      WAIT: true,
      WHEN: true,
      WHENEVER: true,
      WHERE: true,
      WHILE: true,
      WINDOW: true,
      WITH: true,
      WITHIN: true,
      WITHOUT: true,
      WORK: true,
      WRAPPED: true,
      WRITE: true,
      YEAR: true,
      ZONE: true
    };
    function isReserved(name) {
      return RESERVED_WORDS[name.toUpperCase()] != null;
    }
  }
});

// ../../node_modules/dynalite/validations/batchGetItem.js
var require_batchGetItem2 = __commonJS({
  "../../node_modules/dynalite/validations/batchGetItem.js"(exports) {
    var validations = require_validations();
    var db = require_db();
    exports.types = {
      ReturnConsumedCapacity: {
        type: "String",
        enum: ["INDEXES", "TOTAL", "NONE"]
      },
      RequestItems: {
        type: "Map<KeysAndAttributes>",
        notNull: true,
        lengthGreaterThanOrEqual: 1,
        keys: {
          lengthLessThanOrEqual: 255,
          lengthGreaterThanOrEqual: 3,
          regex: "[a-zA-Z0-9_.-]+"
        },
        children: {
          type: "ValueStruct<KeysAndAttributes>",
          children: {
            Keys: {
              type: "List",
              notNull: true,
              lengthGreaterThanOrEqual: 1,
              lengthLessThanOrEqual: 100,
              children: {
                type: "ParameterizedMap",
                children: "AttrStruct<ValueStruct>"
              }
            },
            AttributesToGet: {
              type: "List",
              lengthGreaterThanOrEqual: 1,
              lengthLessThanOrEqual: 255,
              children: "String"
            },
            ConsistentRead: "Boolean",
            ProjectionExpression: {
              type: "String"
            },
            ExpressionAttributeNames: {
              type: "Map<java.lang.String>",
              children: "String"
            }
          }
        }
      }
    };
    exports.custom = function(data) {
      var numReqs = 0;
      for (var table in data.RequestItems) {
        var tableData = data.RequestItems[table];
        var msg = validations.validateExpressionParams(tableData, ["ProjectionExpression"], ["AttributesToGet"]);
        if (msg) return msg;
        if (tableData.AttributesToGet) {
          msg = validations.findDuplicate(tableData.AttributesToGet);
          if (msg) return "One or more parameter values were invalid: Duplicate value in attribute name: " + msg;
        }
        msg = validations.validateExpressions(tableData);
        if (msg) return msg;
        var seenKeys = /* @__PURE__ */ Object.create(null);
        for (var i = 0; i < tableData.Keys.length; i++) {
          var key = tableData.Keys[i];
          for (var attr in key) {
            msg = validations.validateAttributeValue(key[attr]);
            if (msg) return msg;
          }
          var keyStr = Object.keys(key).sort().map(function(attr2) {
            return db.toRangeStr(key[attr2]);
          }).join("/");
          if (seenKeys[keyStr])
            return "Provided list of item keys contains duplicates";
          seenKeys[keyStr] = true;
          numReqs++;
          if (numReqs > 100)
            return "Too many items requested for the BatchGetItem call";
        }
      }
    };
  }
});

// ../../node_modules/dynalite/validations/batchWriteItem.js
var require_batchWriteItem2 = __commonJS({
  "../../node_modules/dynalite/validations/batchWriteItem.js"(exports) {
    var validations = require_validations();
    var db = require_db();
    exports.types = {
      ReturnConsumedCapacity: {
        type: "String",
        enum: ["INDEXES", "TOTAL", "NONE"]
      },
      ReturnItemCollectionMetrics: {
        type: "String",
        enum: ["SIZE", "NONE"]
      },
      RequestItems: {
        type: "Map<java.util.List<com.amazonaws.dynamodb.v20120810.WriteRequest>>",
        notNull: true,
        lengthGreaterThanOrEqual: 1,
        keys: {
          lengthLessThanOrEqual: 255,
          lengthGreaterThanOrEqual: 3,
          regex: "[a-zA-Z0-9_.-]+"
        },
        values: {
          lengthLessThanOrEqual: 25,
          lengthGreaterThanOrEqual: 1
        },
        children: {
          type: "ParameterizedList",
          children: {
            type: "ValueStruct<WriteRequest>",
            children: {
              DeleteRequest: {
                type: "FieldStruct<DeleteRequest>",
                children: {
                  Key: {
                    type: "Map<AttributeValue>",
                    notNull: true,
                    children: "AttrStruct<ValueStruct>"
                  }
                }
              },
              PutRequest: {
                type: "FieldStruct<PutRequest>",
                children: {
                  Item: {
                    type: "Map<AttributeValue>",
                    notNull: true,
                    children: "AttrStruct<ValueStruct>"
                  }
                }
              }
            }
          }
        }
      }
    };
    exports.custom = function(data, store) {
      var table, i, request, key, msg;
      for (table in data.RequestItems) {
        if (data.RequestItems[table].some(function(item) {
          return !Object.keys(item).length;
        }))
          return "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes";
        for (i = 0; i < data.RequestItems[table].length; i++) {
          request = data.RequestItems[table][i];
          if (request.PutRequest) {
            for (key in request.PutRequest.Item) {
              msg = validations.validateAttributeValue(request.PutRequest.Item[key]);
              if (msg) return msg;
            }
            if (db.itemSize(request.PutRequest.Item) > store.options.maxItemSize)
              return "Item size has exceeded the maximum allowed size";
          } else if (request.DeleteRequest) {
            for (key in request.DeleteRequest.Key) {
              msg = validations.validateAttributeValue(request.DeleteRequest.Key[key]);
              if (msg) return msg;
            }
          }
        }
      }
    };
  }
});

// ../../node_modules/dynalite/validations/createTable.js
var require_createTable2 = __commonJS({
  "../../node_modules/dynalite/validations/createTable.js"(exports) {
    exports.types = {
      AttributeDefinitions: {
        type: "List",
        notNull: true,
        children: {
          type: "ValueStruct<AttributeDefinition>",
          children: {
            AttributeName: {
              type: "String",
              notNull: true
            },
            AttributeType: {
              type: "String",
              notNull: true,
              enum: ["B", "N", "S"]
            }
          }
        }
      },
      TableName: {
        type: "String",
        required: true,
        tableName: true,
        regex: "[a-zA-Z0-9_.-]+"
      },
      BillingMode: {
        type: "String",
        enum: ["PROVISIONED", "PAY_PER_REQUEST"]
      },
      ProvisionedThroughput: {
        type: "FieldStruct<ProvisionedThroughput>",
        children: {
          WriteCapacityUnits: {
            type: "Long",
            notNull: true,
            greaterThanOrEqual: 1
          },
          ReadCapacityUnits: {
            type: "Long",
            notNull: true,
            greaterThanOrEqual: 1
          }
        }
      },
      KeySchema: {
        type: "List",
        notNull: true,
        lengthGreaterThanOrEqual: 1,
        lengthLessThanOrEqual: 2,
        children: {
          type: "ValueStruct<KeySchemaElement>",
          children: {
            AttributeName: {
              type: "String",
              notNull: true
            },
            KeyType: {
              type: "String",
              notNull: true,
              enum: ["HASH", "RANGE"]
            }
          }
        }
      },
      LocalSecondaryIndexes: {
        type: "List",
        children: {
          type: "ValueStruct<LocalSecondaryIndex>",
          children: {
            IndexName: {
              type: "String",
              notNull: true,
              regex: "[a-zA-Z0-9_.-]+",
              lengthGreaterThanOrEqual: 3,
              lengthLessThanOrEqual: 255
            },
            KeySchema: {
              type: "List",
              notNull: true,
              lengthGreaterThanOrEqual: 1,
              lengthLessThanOrEqual: 2,
              children: {
                type: "ValueStruct<KeySchemaElement>",
                children: {
                  AttributeName: {
                    type: "String",
                    notNull: true
                  },
                  KeyType: {
                    type: "String",
                    notNull: true
                  }
                }
              }
            },
            Projection: {
              type: "FieldStruct<Projection>",
              notNull: true,
              children: {
                ProjectionType: {
                  type: "String",
                  enum: ["ALL", "INCLUDE", "KEYS_ONLY"]
                },
                NonKeyAttributes: {
                  type: "List",
                  lengthGreaterThanOrEqual: 1,
                  children: "String"
                }
              }
            }
          }
        }
      },
      GlobalSecondaryIndexes: {
        type: "List",
        children: {
          type: "ValueStruct<GlobalSecondaryIndex>",
          children: {
            IndexName: {
              type: "String",
              notNull: true,
              regex: "[a-zA-Z0-9_.-]+",
              lengthGreaterThanOrEqual: 3,
              lengthLessThanOrEqual: 255
            },
            KeySchema: {
              type: "List",
              notNull: true,
              lengthGreaterThanOrEqual: 1,
              lengthLessThanOrEqual: 2,
              children: {
                type: "ValueStruct<KeySchemaElement>",
                children: {
                  AttributeName: {
                    type: "String",
                    notNull: true
                  },
                  KeyType: {
                    type: "String",
                    notNull: true
                  }
                }
              }
            },
            Projection: {
              type: "FieldStruct<Projection>",
              notNull: true,
              children: {
                ProjectionType: {
                  type: "String",
                  enum: ["ALL", "INCLUDE", "KEYS_ONLY"]
                },
                NonKeyAttributes: {
                  type: "List",
                  lengthGreaterThanOrEqual: 1,
                  children: "String"
                }
              }
            },
            ProvisionedThroughput: {
              type: "FieldStruct<ProvisionedThroughput>",
              children: {
                WriteCapacityUnits: {
                  type: "Long",
                  notNull: true,
                  greaterThanOrEqual: 1
                },
                ReadCapacityUnits: {
                  type: "Long",
                  notNull: true,
                  greaterThanOrEqual: 1
                }
              }
            }
          }
        }
      }
    };
    exports.custom = function(data) {
      if (data.BillingMode == "PAY_PER_REQUEST") {
        if (data.ProvisionedThroughput) {
          return "One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST";
        }
      } else {
        if (data.BillingMode != "PAY_PER_REQUEST" && (!data.ProvisionedThroughput || !data.ProvisionedThroughput.ReadCapacityUnits || !data.ProvisionedThroughput.WriteCapacityUnits)) {
          return "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED";
        }
        if (data.ProvisionedThroughput.ReadCapacityUnits > 1e12)
          return "Given value " + data.ProvisionedThroughput.ReadCapacityUnits + " for ReadCapacityUnits is out of bounds";
        if (data.ProvisionedThroughput.WriteCapacityUnits > 1e12)
          return "Given value " + data.ProvisionedThroughput.WriteCapacityUnits + " for WriteCapacityUnits is out of bounds";
      }
      var defns = data.AttributeDefinitions.map(function(key) {
        return key.AttributeName;
      });
      var keys = data.KeySchema.map(function(key) {
        return key.AttributeName;
      });
      if (keys.length > defns.length)
        return "Invalid KeySchema: Some index key attribute have no definition";
      if (keys.some(function(key) {
        return !~defns.indexOf(key);
      }))
        return "One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [" + keys.join(", ") + "], AttributeDefinitions: [" + defns.join(", ") + "]";
      if (keys[0] == keys[1])
        return "Both the Hash Key and the Range Key element in the KeySchema have the same name";
      if (data.KeySchema[0].KeyType != "HASH")
        return "Invalid KeySchema: The first KeySchemaElement is not a HASH key type";
      if (data.KeySchema[1] && data.KeySchema[1].KeyType != "RANGE")
        return "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type";
      if (!data.LocalSecondaryIndexes && !data.GlobalSecondaryIndexes && data.KeySchema.length != data.AttributeDefinitions.length)
        return "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions";
      var indexNames = /* @__PURE__ */ Object.create(null), indexKeys, tableHash, i, indexName, indexHash, projectionType;
      if (data.LocalSecondaryIndexes) {
        tableHash = data.KeySchema[0].AttributeName;
        if (!data.LocalSecondaryIndexes.length)
          return "One or more parameter values were invalid: List of LocalSecondaryIndexes is empty";
        if (data.KeySchema.length != 2)
          return "One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex";
        for (i = 0; i < data.LocalSecondaryIndexes.length; i++) {
          indexName = data.LocalSecondaryIndexes[i].IndexName;
          indexKeys = data.LocalSecondaryIndexes[i].KeySchema.map(function(key) {
            return key.AttributeName;
          });
          if (indexKeys.some(function(key) {
            return !~defns.indexOf(key);
          }))
            return "One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [" + indexKeys.join(", ") + "], AttributeDefinitions: [" + defns.join(", ") + "]";
          if (data.LocalSecondaryIndexes[i].KeySchema[1] && data.LocalSecondaryIndexes[i].KeySchema[0].AttributeName == data.LocalSecondaryIndexes[i].KeySchema[1].AttributeName)
            return "Both the Hash Key and the Range Key element in the KeySchema have the same name";
          if (data.LocalSecondaryIndexes[i].KeySchema[0].KeyType != "HASH")
            return "Invalid KeySchema: The first KeySchemaElement is not a HASH key type";
          if (data.LocalSecondaryIndexes[i].KeySchema[1] && data.LocalSecondaryIndexes[i].KeySchema[1].KeyType != "RANGE")
            return "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type";
          if (data.LocalSecondaryIndexes[i].KeySchema.length != 2)
            return "One or more parameter values were invalid: Index KeySchema does not have a range key for index: " + data.LocalSecondaryIndexes[i].IndexName;
          indexHash = data.LocalSecondaryIndexes[i].KeySchema[0].AttributeName;
          if (indexHash != tableHash)
            return "One or more parameter values were invalid: Index KeySchema does not have the same leading hash key as table KeySchema for index: " + data.LocalSecondaryIndexes[i].IndexName + ". index hash key: " + indexHash + ", table hash key: " + tableHash;
          if (data.LocalSecondaryIndexes[i].Projection.ProjectionType == null)
            return "One or more parameter values were invalid: Unknown ProjectionType: null";
          projectionType = data.LocalSecondaryIndexes[i].Projection.ProjectionType;
          if (data.LocalSecondaryIndexes[i].Projection.NonKeyAttributes && projectionType != "INCLUDE")
            return "One or more parameter values were invalid: ProjectionType is " + projectionType + ", but NonKeyAttributes is specified";
          if (indexNames[indexName])
            return "One or more parameter values were invalid: Duplicate index name: " + indexName;
          indexNames[indexName] = true;
        }
        if (data.LocalSecondaryIndexes.length > 5)
          return "One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table limit of 5";
      }
      if (data.GlobalSecondaryIndexes) {
        if (!data.GlobalSecondaryIndexes.length)
          return "One or more parameter values were invalid: List of GlobalSecondaryIndexes is empty";
        for (i = 0; i < data.GlobalSecondaryIndexes.length; i++) {
          indexName = data.GlobalSecondaryIndexes[i].IndexName;
          indexKeys = data.GlobalSecondaryIndexes[i].KeySchema.map(function(key) {
            return key.AttributeName;
          });
          if (indexKeys.some(function(key) {
            return !~defns.indexOf(key);
          }))
            return "One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [" + indexKeys.join(", ") + "], AttributeDefinitions: [" + defns.join(", ") + "]";
          if (data.GlobalSecondaryIndexes[i].KeySchema[1] && data.GlobalSecondaryIndexes[i].KeySchema[0].AttributeName == data.GlobalSecondaryIndexes[i].KeySchema[1].AttributeName)
            return "Both the Hash Key and the Range Key element in the KeySchema have the same name";
          if (data.GlobalSecondaryIndexes[i].KeySchema[0].KeyType != "HASH")
            return "Invalid KeySchema: The first KeySchemaElement is not a HASH key type";
          if (data.GlobalSecondaryIndexes[i].KeySchema[1] && data.GlobalSecondaryIndexes[i].KeySchema[1].KeyType != "RANGE")
            return "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type";
          if (data.GlobalSecondaryIndexes[i].Projection.ProjectionType == null)
            return "One or more parameter values were invalid: Unknown ProjectionType: null";
          projectionType = data.GlobalSecondaryIndexes[i].Projection.ProjectionType;
          if (data.GlobalSecondaryIndexes[i].Projection.NonKeyAttributes && projectionType != "INCLUDE")
            return "One or more parameter values were invalid: ProjectionType is " + projectionType + ", but NonKeyAttributes is specified";
          if (data.BillingMode == "PAY_PER_REQUEST" && data.GlobalSecondaryIndexes[i].ProvisionedThroughput) {
            return "One or more parameter values were invalid: ProvisionedThroughput should not be specified for index: " + indexName + " when BillingMode is PAY_PER_REQUEST";
          }
          if (indexNames[indexName])
            return "One or more parameter values were invalid: Duplicate index name: " + indexName;
          indexNames[indexName] = true;
        }
        if (data.GlobalSecondaryIndexes.length > 20)
          return "One or more parameter values were invalid: GlobalSecondaryIndex count exceeds the per-table limit of 20";
      }
    };
  }
});

// ../../node_modules/dynalite/validations/deleteItem.js
var require_deleteItem2 = __commonJS({
  "../../node_modules/dynalite/validations/deleteItem.js"(exports) {
    var validations = require_validations();
    exports.types = {
      ReturnConsumedCapacity: {
        type: "String",
        enum: ["INDEXES", "TOTAL", "NONE"]
      },
      TableName: {
        type: "String",
        notNull: true,
        regex: "[a-zA-Z0-9_.-]+",
        lengthGreaterThanOrEqual: 3,
        lengthLessThanOrEqual: 255
      },
      ReturnValues: {
        type: "String",
        enum: ["ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW"]
      },
      ReturnItemCollectionMetrics: {
        type: "String",
        enum: ["SIZE", "NONE"]
      },
      Key: {
        type: "Map<AttributeValue>",
        notNull: true,
        children: "AttrStruct<ValueStruct>"
      },
      ConditionalOperator: {
        type: "String",
        enum: ["OR", "AND"]
      },
      Expected: {
        type: "Map<ExpectedAttributeValue>",
        children: {
          type: "ValueStruct<ExpectedAttributeValue>",
          children: {
            AttributeValueList: {
              type: "List",
              children: "AttrStruct<ValueStruct>"
            },
            ComparisonOperator: {
              type: "String",
              enum: ["IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS"]
            },
            Exists: "Boolean",
            Value: "AttrStruct<FieldStruct>"
          }
        }
      },
      ConditionExpression: {
        type: "String"
      },
      ExpressionAttributeValues: {
        type: "Map<AttributeValue>",
        children: "AttrStruct<ValueStruct>"
      },
      ExpressionAttributeNames: {
        type: "Map<java.lang.String>",
        children: "String"
      }
    };
    exports.custom = function(data) {
      var msg = validations.validateExpressionParams(data, ["ConditionExpression"], ["Expected"]);
      if (msg) return msg;
      for (var key in data.Key) {
        msg = validations.validateAttributeValue(data.Key[key]);
        if (msg) return msg;
      }
      msg = validations.validateAttributeConditions(data);
      if (msg) return msg;
      msg = validations.validateExpressions(data);
      if (msg) return msg;
    };
  }
});

// ../../node_modules/dynalite/validations/deleteTable.js
var require_deleteTable2 = __commonJS({
  "../../node_modules/dynalite/validations/deleteTable.js"(exports) {
    exports.types = {
      TableName: {
        type: "String",
        required: true,
        tableName: true,
        regex: "[a-zA-Z0-9_.-]+"
      }
    };
  }
});

// ../../node_modules/dynalite/validations/describeTable.js
var require_describeTable2 = __commonJS({
  "../../node_modules/dynalite/validations/describeTable.js"(exports) {
    exports.types = {
      TableName: {
        type: "String",
        required: true,
        tableName: true,
        regex: "[a-zA-Z0-9_.-]+"
      }
    };
  }
});

// ../../node_modules/dynalite/validations/describeTimeToLive.js
var require_describeTimeToLive2 = __commonJS({
  "../../node_modules/dynalite/validations/describeTimeToLive.js"(exports) {
    exports.types = {
      TableName: {
        type: "String",
        required: true,
        tableName: true,
        regex: "[a-zA-Z0-9_.-]+"
      }
    };
  }
});

// ../../node_modules/dynalite/validations/getItem.js
var require_getItem2 = __commonJS({
  "../../node_modules/dynalite/validations/getItem.js"(exports) {
    var validations = require_validations();
    exports.types = {
      ReturnConsumedCapacity: {
        type: "String",
        enum: ["INDEXES", "TOTAL", "NONE"]
      },
      AttributesToGet: {
        type: "List",
        lengthGreaterThanOrEqual: 1,
        lengthLessThanOrEqual: 255,
        children: "String"
      },
      TableName: {
        type: "String",
        notNull: true,
        regex: "[a-zA-Z0-9_.-]+",
        lengthGreaterThanOrEqual: 3,
        lengthLessThanOrEqual: 255
      },
      Key: {
        type: "Map<AttributeValue>",
        notNull: true,
        children: "AttrStruct<ValueStruct>"
      },
      ConsistentRead: "Boolean",
      ProjectionExpression: {
        type: "String"
      },
      ExpressionAttributeNames: {
        type: "Map<java.lang.String>",
        children: "String"
      }
    };
    exports.custom = function(data) {
      var msg = validations.validateExpressionParams(data, ["ProjectionExpression"], ["AttributesToGet"]);
      if (msg) return msg;
      for (var key in data.Key) {
        msg = validations.validateAttributeValue(data.Key[key]);
        if (msg) return msg;
      }
      if (data.AttributesToGet) {
        msg = validations.findDuplicate(data.AttributesToGet);
        if (msg) return "One or more parameter values were invalid: Duplicate value in attribute name: " + msg;
      }
      msg = validations.validateExpressions(data);
      if (msg) return msg;
    };
  }
});

// ../../node_modules/dynalite/validations/listTables.js
var require_listTables2 = __commonJS({
  "../../node_modules/dynalite/validations/listTables.js"(exports) {
    exports.types = {
      Limit: {
        type: "Integer",
        greaterThanOrEqual: 1,
        lessThanOrEqual: 100
      },
      ExclusiveStartTableName: {
        type: "String",
        regex: "[a-zA-Z0-9_.-]+",
        lengthGreaterThanOrEqual: 3,
        lengthLessThanOrEqual: 255
      }
    };
  }
});

// ../../node_modules/dynalite/validations/listTagsOfResource.js
var require_listTagsOfResource2 = __commonJS({
  "../../node_modules/dynalite/validations/listTagsOfResource.js"(exports) {
    exports.types = {
      ResourceArn: {
        type: "String"
      }
    };
    exports.custom = function(data, store) {
      if (data.ResourceArn == null) {
        return "Invalid TableArn";
      }
      if (!/^.+:.+:.+:.+:.+:.+\/.+$/.test(data.ResourceArn)) {
        var username = "dynalite";
        var accessDeniedError = new Error();
        accessDeniedError.statusCode = 400;
        accessDeniedError.body = {
          __type: "com.amazon.coral.service#AccessDeniedException",
          Message: "User: arn:aws:iam::" + store.tableDb.awsAccountId + ":" + username + " is not authorized to perform: dynamodb:ListTagsOfResource on resource: " + (data.ResourceArn || "*")
        };
        throw accessDeniedError;
      }
      if (!/^arn:aws:dynamodb:.+:\d+:table\/[^/]{2}[^/]+$/.test(data.ResourceArn)) {
        return "Invalid TableArn: Invalid ResourceArn provided as input " + data.ResourceArn;
      }
    };
  }
});

// ../../node_modules/dynalite/validations/putItem.js
var require_putItem2 = __commonJS({
  "../../node_modules/dynalite/validations/putItem.js"(exports) {
    var validations = require_validations();
    var db = require_db();
    exports.types = {
      ReturnConsumedCapacity: {
        type: "String",
        enum: ["INDEXES", "TOTAL", "NONE"]
      },
      TableName: {
        type: "String",
        notNull: true,
        regex: "[a-zA-Z0-9_.-]+",
        lengthGreaterThanOrEqual: 3,
        lengthLessThanOrEqual: 255
      },
      Item: {
        type: "Map<AttributeValue>",
        notNull: true,
        children: "AttrStruct<ValueStruct>"
      },
      ConditionalOperator: {
        type: "String",
        enum: ["OR", "AND"]
      },
      Expected: {
        type: "Map<ExpectedAttributeValue>",
        children: {
          type: "ValueStruct<ExpectedAttributeValue>",
          children: {
            AttributeValueList: {
              type: "List",
              children: "AttrStruct<ValueStruct>"
            },
            ComparisonOperator: {
              type: "String",
              enum: ["IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS"]
            },
            Exists: "Boolean",
            Value: "AttrStruct<FieldStruct>"
          }
        }
      },
      ReturnValues: {
        type: "String",
        enum: ["ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW"]
      },
      ReturnItemCollectionMetrics: {
        type: "String",
        enum: ["SIZE", "NONE"]
      },
      ConditionExpression: {
        type: "String"
      },
      ExpressionAttributeValues: {
        type: "Map<AttributeValue>",
        children: "AttrStruct<ValueStruct>"
      },
      ExpressionAttributeNames: {
        type: "Map<java.lang.String>",
        children: "String"
      }
    };
    exports.custom = function(data, store) {
      var msg = validations.validateExpressionParams(data, ["ConditionExpression"], ["Expected"]);
      if (msg) return msg;
      for (var key in data.Item) {
        msg = validations.validateAttributeValue(data.Item[key]);
        if (msg) return msg;
      }
      if (data.ReturnValues && data.ReturnValues != "ALL_OLD" && data.ReturnValues != "NONE")
        return "ReturnValues can only be ALL_OLD or NONE";
      if (db.itemSize(data.Item) > store.options.maxItemSize)
        return "Item size has exceeded the maximum allowed size";
      msg = validations.validateAttributeConditions(data);
      if (msg) return msg;
      msg = validations.validateExpressions(data);
      if (msg) return msg;
    };
  }
});

// ../../node_modules/dynalite/validations/query.js
var require_query2 = __commonJS({
  "../../node_modules/dynalite/validations/query.js"(exports) {
    var validations = require_validations();
    exports.types = {
      Select: {
        type: "String",
        enum: ["SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"]
      },
      IndexName: {
        type: "String",
        regex: "[a-zA-Z0-9_.-]+",
        lengthGreaterThanOrEqual: 3,
        lengthLessThanOrEqual: 255
      },
      ReturnConsumedCapacity: {
        type: "String",
        enum: ["INDEXES", "TOTAL", "NONE"]
      },
      QueryFilter: {
        type: "Map<Condition>",
        children: {
          type: "ValueStruct<Condition>",
          children: {
            AttributeValueList: {
              type: "List",
              children: "AttrStruct<ValueStruct>"
            },
            ComparisonOperator: {
              type: "String",
              notNull: true,
              enum: ["IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS"]
            }
          }
        }
      },
      TableName: {
        type: "String",
        notNull: true,
        regex: "[a-zA-Z0-9_.-]+",
        lengthGreaterThanOrEqual: 3,
        lengthLessThanOrEqual: 255
      },
      ConditionalOperator: {
        type: "String",
        enum: ["OR", "AND"]
      },
      AttributesToGet: {
        type: "List",
        lengthGreaterThanOrEqual: 1,
        lengthLessThanOrEqual: 255,
        children: "String"
      },
      Limit: {
        type: "Integer",
        greaterThanOrEqual: 1
      },
      KeyConditions: {
        type: "Map<Condition>",
        children: {
          type: "ValueStruct<Condition>",
          children: {
            ComparisonOperator: {
              type: "String",
              notNull: true,
              enum: ["IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS"]
            },
            AttributeValueList: {
              type: "List",
              children: "AttrStruct<ValueStruct>"
            }
          }
        }
      },
      ExclusiveStartKey: {
        type: "Map<AttributeValue>",
        children: "AttrStruct<ValueStruct>"
      },
      ConsistentRead: "Boolean",
      ScanIndexForward: "Boolean",
      KeyConditionExpression: {
        type: "String"
      },
      FilterExpression: {
        type: "String"
      },
      ProjectionExpression: {
        type: "String"
      },
      ExpressionAttributeValues: {
        type: "Map<AttributeValue>",
        children: "AttrStruct<ValueStruct>"
      },
      ExpressionAttributeNames: {
        type: "Map<java.lang.String>",
        children: "String"
      }
    };
    exports.custom = function(data) {
      var msg = validations.validateExpressionParams(
        data,
        ["ProjectionExpression", "FilterExpression", "KeyConditionExpression"],
        ["AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions"]
      );
      if (msg) return msg;
      var key;
      msg = validations.validateConditions(data.QueryFilter);
      if (msg) return msg;
      if (data.AttributesToGet) {
        msg = validations.findDuplicate(data.AttributesToGet);
        if (msg) return "One or more parameter values were invalid: Duplicate value in attribute name: " + msg;
      }
      for (key in data.ExclusiveStartKey) {
        msg = validations.validateAttributeValue(data.ExclusiveStartKey[key]);
        var prepend = /contains duplicates|number set|numeric value|significant digits|number with magnitude/.test(msg) ? "" : "The provided starting key is invalid: ";
        if (msg) return prepend + msg;
      }
      if (data.KeyConditions == null && data.KeyConditionExpression == null) {
        return "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.";
      }
      msg = validations.validateExpressions(data);
      if (msg) return msg;
      if (data._keyCondition != null) {
        data.KeyConditions = validations.convertKeyCondition(data._keyCondition.expression);
        if (typeof data.KeyConditions == "string") {
          return data.KeyConditions;
        }
      }
      msg = validations.validateConditions(data.KeyConditions);
      if (msg) return msg;
      var numConditions = Object.keys(data.KeyConditions || {}).length;
      if (numConditions != 1 && numConditions != 2) {
        return "Conditions can be of length 1 or 2 only";
      }
    };
  }
});

// ../../node_modules/dynalite/validations/scan.js
var require_scan2 = __commonJS({
  "../../node_modules/dynalite/validations/scan.js"(exports) {
    var validations = require_validations();
    exports.types = {
      Select: {
        type: "String",
        enum: ["SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"]
      },
      IndexName: {
        type: "String",
        regex: "[a-zA-Z0-9_.-]+",
        lengthGreaterThanOrEqual: 3,
        lengthLessThanOrEqual: 255
      },
      TotalSegments: {
        type: "Integer",
        greaterThanOrEqual: 1
      },
      ReturnConsumedCapacity: {
        type: "String",
        enum: ["INDEXES", "TOTAL", "NONE"]
      },
      TableName: {
        type: "String",
        notNull: true,
        regex: "[a-zA-Z0-9_.-]+",
        lengthGreaterThanOrEqual: 3,
        lengthLessThanOrEqual: 255
      },
      ConditionalOperator: {
        type: "String",
        enum: ["OR", "AND"]
      },
      ScanFilter: {
        type: "Map<Condition>",
        children: {
          type: "ValueStruct<Condition>",
          children: {
            AttributeValueList: {
              type: "List",
              children: "AttrStruct<ValueStruct>"
            },
            ComparisonOperator: {
              type: "String",
              notNull: true,
              enum: ["IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS"]
            }
          }
        }
      },
      Segment: {
        type: "Integer",
        greaterThanOrEqual: 0
      },
      Limit: {
        type: "Integer",
        greaterThanOrEqual: 1
      },
      AttributesToGet: {
        type: "List",
        lengthGreaterThanOrEqual: 1,
        lengthLessThanOrEqual: 255,
        children: "String"
      },
      ExclusiveStartKey: {
        type: "Map<AttributeValue>",
        children: "AttrStruct<ValueStruct>"
      },
      FilterExpression: {
        type: "String"
      },
      ProjectionExpression: {
        type: "String"
      },
      ExpressionAttributeValues: {
        type: "Map<AttributeValue>",
        children: "AttrStruct<ValueStruct>"
      },
      ExpressionAttributeNames: {
        type: "Map<java.lang.String>",
        children: "String"
      }
    };
    exports.custom = function(data) {
      var msg = validations.validateExpressionParams(
        data,
        ["ProjectionExpression", "FilterExpression"],
        ["AttributesToGet", "ScanFilter", "ConditionalOperator"]
      );
      if (msg) return msg;
      if (data.AttributesToGet) {
        msg = validations.findDuplicate(data.AttributesToGet);
        if (msg) return "One or more parameter values were invalid: Duplicate value in attribute name: " + msg;
      }
      msg = validations.validateConditions(data.ScanFilter);
      if (msg) return msg;
      for (var key in data.ExclusiveStartKey) {
        msg = validations.validateAttributeValue(data.ExclusiveStartKey[key]);
        var prepend = /contains duplicates|number set|numeric value|significant digits|number with magnitude/.test(msg) ? "" : "The provided starting key is invalid: ";
        if (msg) return prepend + msg;
      }
      if (data.Segment && data.TotalSegments == null) {
        return "The TotalSegments parameter is required but was not present in the request when Segment parameter is present";
      }
      if (data.TotalSegments) {
        if (data.Segment == null) {
          return "The Segment parameter is required but was not present in the request when parameter TotalSegments is present";
        }
        if (data.Segment >= data.TotalSegments) {
          return "The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: " + data.Segment + " is not less than TotalSegments: " + data.TotalSegments;
        }
      }
      msg = validations.validateExpressions(data, ["ProjectionExpression", "FilterExpression"]);
      if (msg) return msg;
    };
  }
});

// ../../node_modules/dynalite/validations/tagResource.js
var require_tagResource2 = __commonJS({
  "../../node_modules/dynalite/validations/tagResource.js"(exports) {
    exports.types = {
      ResourceArn: {
        type: "String"
      },
      Tags: {
        type: "List",
        children: {
          type: "ValueStruct<Tag>",
          children: {
            Key: "String",
            Value: "String"
          }
        }
      }
    };
    exports.custom = function(data, store) {
      if (data.ResourceArn == null) {
        return "Invalid TableArn";
      }
      if (!/^.+:.+:.+:.+:.+:.+\/.+$/.test(data.ResourceArn)) {
        var username = "dynalite";
        var accessDeniedError = new Error();
        accessDeniedError.statusCode = 400;
        accessDeniedError.body = {
          __type: "com.amazon.coral.service#AccessDeniedException",
          Message: "User: arn:aws:iam::" + store.tableDb.awsAccountId + ":" + username + " is not authorized to perform: dynamodb:TagResource on resource: " + (data.ResourceArn || "*")
        };
        throw accessDeniedError;
      }
      if (data.Tags == null) {
        return "1 validation error detected: Value null at 'tags' failed to satisfy constraint: Member must not be null";
      }
      if (!/^arn:aws:dynamodb:.+:\d+:table\/[^/]{2}[^/]+$/.test(data.ResourceArn)) {
        return "Invalid TableArn: Invalid ResourceArn provided as input " + data.ResourceArn;
      }
      if (!data.Tags.length) {
        return "Atleast one Tag needs to be provided as Input.";
      }
    };
  }
});

// ../../node_modules/dynalite/validations/untagResource.js
var require_untagResource2 = __commonJS({
  "../../node_modules/dynalite/validations/untagResource.js"(exports) {
    exports.types = {
      ResourceArn: {
        type: "String"
      },
      TagKeys: {
        type: "List",
        children: "String"
      }
    };
    exports.custom = function(data, store) {
      if (data.ResourceArn == null) {
        return "Invalid TableArn";
      }
      if (!/^.+:.+:.+:.+:.+:.+\/.+$/.test(data.ResourceArn)) {
        var username = "dynalite";
        var accessDeniedError = new Error();
        accessDeniedError.statusCode = 400;
        accessDeniedError.body = {
          __type: "com.amazon.coral.service#AccessDeniedException",
          Message: "User: arn:aws:iam::" + store.tableDb.awsAccountId + ":" + username + " is not authorized to perform: dynamodb:UntagResource on resource: " + (data.ResourceArn || "*")
        };
        throw accessDeniedError;
      }
      if (data.TagKeys == null) {
        return "1 validation error detected: Value null at 'tagKeys' failed to satisfy constraint: Member must not be null";
      }
      if (!/^arn:aws:dynamodb:.+:\d+:table\/[^/]{2}[^/]+$/.test(data.ResourceArn)) {
        return "Invalid TableArn: Invalid ResourceArn provided as input " + data.ResourceArn;
      }
      if (!data.TagKeys.length) {
        return "Atleast one Tag Key needs to be provided as Input.";
      }
    };
  }
});

// ../../node_modules/dynalite/validations/updateItem.js
var require_updateItem2 = __commonJS({
  "../../node_modules/dynalite/validations/updateItem.js"(exports) {
    var validations = require_validations();
    exports.types = {
      ReturnConsumedCapacity: {
        type: "String",
        enum: ["INDEXES", "TOTAL", "NONE"]
      },
      TableName: {
        type: "String",
        notNull: true,
        regex: "[a-zA-Z0-9_.-]+",
        lengthGreaterThanOrEqual: 3,
        lengthLessThanOrEqual: 255
      },
      ReturnItemCollectionMetrics: {
        type: "String",
        enum: ["SIZE", "NONE"]
      },
      ReturnValues: {
        type: "String",
        enum: ["ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW"]
      },
      Key: {
        type: "Map<AttributeValue>",
        notNull: true,
        children: "AttrStruct<ValueStruct>"
      },
      ConditionalOperator: {
        type: "String",
        enum: ["OR", "AND"]
      },
      Expected: {
        type: "Map<ExpectedAttributeValue>",
        children: {
          type: "ValueStruct<ExpectedAttributeValue>",
          children: {
            AttributeValueList: {
              type: "List",
              children: "AttrStruct<ValueStruct>"
            },
            ComparisonOperator: {
              type: "String",
              enum: ["IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS", "EQ", "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS"]
            },
            Exists: "Boolean",
            Value: "AttrStruct<FieldStruct>"
          }
        }
      },
      AttributeUpdates: {
        type: "Map<AttributeValueUpdate>",
        children: {
          type: "ValueStruct<AttributeValueUpdate>",
          children: {
            Action: "String",
            Value: "AttrStruct<FieldStruct>"
          }
        }
      },
      ConditionExpression: {
        type: "String"
      },
      UpdateExpression: {
        type: "String"
      },
      ExpressionAttributeValues: {
        type: "Map<AttributeValue>",
        children: "AttrStruct<ValueStruct>"
      },
      ExpressionAttributeNames: {
        type: "Map<java.lang.String>",
        children: "String"
      }
    };
    exports.custom = function(data) {
      var msg = validations.validateExpressionParams(
        data,
        ["UpdateExpression", "ConditionExpression"],
        ["AttributeUpdates", "Expected"]
      );
      if (msg) return msg;
      for (var key in data.Key) {
        msg = validations.validateAttributeValue(data.Key[key]);
        if (msg) return msg;
      }
      for (key in data.AttributeUpdates) {
        if (data.AttributeUpdates[key].Value != null) {
          msg = validations.validateAttributeValue(data.AttributeUpdates[key].Value);
          if (msg) return msg;
        }
        if (data.AttributeUpdates[key].Value == null && data.AttributeUpdates[key].Action != "DELETE")
          return "One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified";
        if (data.AttributeUpdates[key].Value != null && data.AttributeUpdates[key].Action == "DELETE") {
          var type = Object.keys(data.AttributeUpdates[key].Value)[0];
          if (type != "SS" && type != "NS" && type != "BS")
            return "One or more parameter values were invalid: DELETE action with value is not supported for the type " + type;
        }
        if (data.AttributeUpdates[key].Value != null && data.AttributeUpdates[key].Action == "ADD") {
          type = Object.keys(data.AttributeUpdates[key].Value)[0];
          if (type != "L" && type != "SS" && type != "NS" && type != "BS" && type != "N")
            return "One or more parameter values were invalid: ADD action is not supported for the type " + type;
        }
      }
      msg = validations.validateAttributeConditions(data);
      if (msg) return msg;
      msg = validations.validateExpressions(data);
      if (msg) return msg;
    };
  }
});

// ../../node_modules/dynalite/validations/updateTable.js
var require_updateTable2 = __commonJS({
  "../../node_modules/dynalite/validations/updateTable.js"(exports) {
    exports.types = {
      TableName: {
        type: "String",
        required: true,
        tableName: true,
        regex: "[a-zA-Z0-9_.-]+"
      },
      ProvisionedThroughput: {
        type: "FieldStruct<ProvisionedThroughput>",
        children: {
          WriteCapacityUnits: {
            type: "Long",
            notNull: true,
            greaterThanOrEqual: 1
          },
          ReadCapacityUnits: {
            type: "Long",
            notNull: true,
            greaterThanOrEqual: 1
          }
        }
      },
      BillingMode: {
        type: "String",
        enum: ["PROVISIONED", "PAY_PER_REQUEST"]
      },
      GlobalSecondaryIndexUpdates: {
        type: "List",
        children: {
          type: "ValueStruct<GlobalSecondaryIndexUpdate>",
          children: {
            Update: {
              type: "FieldStruct<UpdateGlobalSecondaryIndexAction>",
              children: {
                IndexName: {
                  type: "String",
                  notNull: true,
                  regex: "[a-zA-Z0-9_.-]+",
                  lengthGreaterThanOrEqual: 3,
                  lengthLessThanOrEqual: 255
                },
                ProvisionedThroughput: {
                  type: "FieldStruct<ProvisionedThroughput>",
                  notNull: true,
                  children: {
                    WriteCapacityUnits: {
                      type: "Long",
                      notNull: true,
                      greaterThanOrEqual: 1
                    },
                    ReadCapacityUnits: {
                      type: "Long",
                      notNull: true,
                      greaterThanOrEqual: 1
                    }
                  }
                }
              }
            },
            Create: {
              type: "FieldStruct<CreateGlobalSecondaryIndexAction>",
              children: {
                Projection: {
                  type: "FieldStruct<Projection>",
                  notNull: true,
                  children: {
                    ProjectionType: {
                      type: "String",
                      enum: ["ALL", "INCLUDE", "KEYS_ONLY"]
                    },
                    NonKeyAttributes: {
                      type: "List",
                      lengthGreaterThanOrEqual: 1,
                      children: "String"
                    }
                  }
                },
                IndexName: {
                  type: "String",
                  notNull: true,
                  regex: "[a-zA-Z0-9_.-]+",
                  lengthGreaterThanOrEqual: 3,
                  lengthLessThanOrEqual: 255
                },
                ProvisionedThroughput: {
                  type: "FieldStruct<ProvisionedThroughput>",
                  notNull: true,
                  children: {
                    WriteCapacityUnits: {
                      type: "Long",
                      notNull: true,
                      greaterThanOrEqual: 1
                    },
                    ReadCapacityUnits: {
                      type: "Long",
                      notNull: true,
                      greaterThanOrEqual: 1
                    }
                  }
                },
                KeySchema: {
                  type: "List",
                  notNull: true,
                  lengthGreaterThanOrEqual: 1,
                  lengthLessThanOrEqual: 2,
                  children: {
                    type: "ValueStruct<KeySchemaElement>",
                    children: {
                      AttributeName: {
                        type: "String",
                        notNull: true
                      },
                      KeyType: {
                        type: "String",
                        notNull: true
                      }
                    }
                  }
                }
              }
            },
            Delete: {
              type: "FieldStruct<DeleteGlobalSecondaryIndexAction>",
              children: {
                IndexName: {
                  type: "String",
                  notNull: true,
                  regex: "[a-zA-Z0-9_.-]+",
                  lengthGreaterThanOrEqual: 3,
                  lengthLessThanOrEqual: 255
                }
              }
            }
          }
        }
      }
    };
    exports.custom = function(data) {
      if (!data.ProvisionedThroughput && !data.BillingMode && !data.UpdateStreamEnabled && (!data.GlobalSecondaryIndexUpdates || !data.GlobalSecondaryIndexUpdates.length) && !data.SSESpecification) {
        return "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required";
      }
      if (data.BillingMode == "PROVISIONED" && !data.ProvisionedThroughput) {
        return "One or more parameter values were invalid: ProvisionedThroughput must be specified when BillingMode is PROVISIONED";
      }
      if (data.ProvisionedThroughput) {
        if (data.ProvisionedThroughput.ReadCapacityUnits > 1e12)
          return "Given value " + data.ProvisionedThroughput.ReadCapacityUnits + " for ReadCapacityUnits is out of bounds";
        if (data.ProvisionedThroughput.WriteCapacityUnits > 1e12)
          return "Given value " + data.ProvisionedThroughput.WriteCapacityUnits + " for WriteCapacityUnits is out of bounds";
      }
      if (data.GlobalSecondaryIndexUpdates) {
        var length = data.GlobalSecondaryIndexUpdates.length;
        var indexNames = /* @__PURE__ */ Object.create(null);
        for (var i = 0; i < length; i++) {
          var update = data.GlobalSecondaryIndexUpdates[i];
          if (!update.Update && !update.Create && !update.Delete) {
            return "One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null";
          }
          var indexName = update.Update && update.Update.IndexName || update.Create && update.Create.IndexName || update.Delete && update.Delete.IndexName;
          if (indexNames[indexName]) {
            return "One or more parameter values were invalid: Only one global secondary index update per index is allowed simultaneously. Index: " + indexName;
          }
          indexNames[indexName] = true;
        }
      }
    };
  }
});

// require("./validations/**/*.js") in ../../node_modules/dynalite/index.js
var globRequire_validations_js;
var init_2 = __esm({
  'require("./validations/**/*.js") in ../../node_modules/dynalite/index.js'() {
    globRequire_validations_js = __glob({
      "./validations/batchGetItem.js": () => require_batchGetItem2(),
      "./validations/batchWriteItem.js": () => require_batchWriteItem2(),
      "./validations/createTable.js": () => require_createTable2(),
      "./validations/deleteItem.js": () => require_deleteItem2(),
      "./validations/deleteTable.js": () => require_deleteTable2(),
      "./validations/describeTable.js": () => require_describeTable2(),
      "./validations/describeTimeToLive.js": () => require_describeTimeToLive2(),
      "./validations/getItem.js": () => require_getItem2(),
      "./validations/index.js": () => require_validations(),
      "./validations/listTables.js": () => require_listTables2(),
      "./validations/listTagsOfResource.js": () => require_listTagsOfResource2(),
      "./validations/putItem.js": () => require_putItem2(),
      "./validations/query.js": () => require_query2(),
      "./validations/scan.js": () => require_scan2(),
      "./validations/tagResource.js": () => require_tagResource2(),
      "./validations/untagResource.js": () => require_untagResource2(),
      "./validations/updateItem.js": () => require_updateItem2(),
      "./validations/updateTable.js": () => require_updateTable2()
    });
  }
});

// ../../node_modules/dynalite/node_modules/buffer-crc32/index.js
var require_buffer_crc32 = __commonJS({
  "../../node_modules/dynalite/node_modules/buffer-crc32/index.js"(exports, module) {
    var Buffer2 = __require("buffer").Buffer;
    var CRC_TABLE = [
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ];
    if (typeof Int32Array !== "undefined") {
      CRC_TABLE = new Int32Array(CRC_TABLE);
    }
    function ensureBuffer(input) {
      if (Buffer2.isBuffer(input)) {
        return input;
      }
      var hasNewBufferAPI = typeof Buffer2.alloc === "function" && typeof Buffer2.from === "function";
      if (typeof input === "number") {
        return hasNewBufferAPI ? Buffer2.alloc(input) : new Buffer2(input);
      } else if (typeof input === "string") {
        return hasNewBufferAPI ? Buffer2.from(input) : new Buffer2(input);
      } else {
        throw new Error("input must be buffer, number, or string, received " + typeof input);
      }
    }
    function bufferizeInt(num) {
      var tmp = ensureBuffer(4);
      tmp.writeInt32BE(num, 0);
      return tmp;
    }
    function _crc32(buf, previous) {
      buf = ensureBuffer(buf);
      if (Buffer2.isBuffer(previous)) {
        previous = previous.readUInt32BE(0);
      }
      var crc = ~~previous ^ -1;
      for (var n = 0; n < buf.length; n++) {
        crc = CRC_TABLE[(crc ^ buf[n]) & 255] ^ crc >>> 8;
      }
      return crc ^ -1;
    }
    function crc32() {
      return bufferizeInt(_crc32.apply(null, arguments));
    }
    crc32.signed = function() {
      return _crc32.apply(null, arguments);
    };
    crc32.unsigned = function() {
      return _crc32.apply(null, arguments) >>> 0;
    };
    module.exports = crc32;
  }
});

// ../../node_modules/dynalite/index.js
var require_dynalite = __commonJS({
  "../../node_modules/dynalite/index.js"(exports, module) {
    init_();
    init_2();
    var http = __require("http");
    var https = __require("https");
    var fs = __require("fs");
    var path = __require("path");
    var url = __require("url");
    var crypto = __require("crypto");
    var crc32 = require_buffer_crc32();
    var validations = require_validations();
    var db = require_db();
    var MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    var verbose = false;
    var debug = false;
    var validApis = ["DynamoDB_20111205", "DynamoDB_20120810"];
    var validOperations = [
      "BatchGetItem",
      "BatchWriteItem",
      "CreateTable",
      "DeleteItem",
      "DeleteTable",
      "DescribeTable",
      "DescribeTimeToLive",
      "GetItem",
      "ListTables",
      "PutItem",
      "Query",
      "Scan",
      "TagResource",
      "UntagResource",
      "ListTagsOfResource",
      "UpdateItem",
      "UpdateTable"
    ];
    var actions = {};
    var actionValidations = {};
    module.exports = dynalite2;
    function dynalite2(options) {
      options = options || {};
      if (options.verbose) verbose = true;
      if (options.debug) debug = true;
      var server, store = db.create(options), requestHandler = httpHandler.bind(null, store);
      if (options.ssl) {
        options.key = options.key || fs.readFileSync(path.join(__dirname, "ssl", "server-key.pem"));
        options.cert = options.cert || fs.readFileSync(path.join(__dirname, "ssl", "server-crt.pem"));
        options.ca = options.ca || fs.readFileSync(path.join(__dirname, "ssl", "ca-crt.pem"));
        server = https.createServer(options, requestHandler);
      } else {
        server = http.createServer(requestHandler);
      }
      var httpServerClose = server.close, httpServerListen = server.listen;
      server.close = function(cb) {
        var shutdownTimeout = 3e4;
        var shutdownStartTime = Date.now();
        var timeoutHandle = null;
        var shutdownComplete = false;
        if (verbose) console.log("[Dynalite] Starting graceful server shutdown...");
        function safeCallback(err) {
          if (shutdownComplete) return;
          shutdownComplete = true;
          if (timeoutHandle) {
            clearTimeout(timeoutHandle);
            timeoutHandle = null;
          }
          if (cb) cb(err);
        }
        httpServerClose.call(server, function(err) {
          if (err) {
            if (verbose) console.error("[Dynalite] Error stopping HTTP server:", err);
            return safeCallback(err);
          }
          if (verbose) console.log("[Dynalite] HTTP server stopped accepting new requests");
          var remainingTimeout = shutdownTimeout - (Date.now() - shutdownStartTime);
          if (remainingTimeout <= 0) remainingTimeout = 1e3;
          timeoutHandle = setTimeout(function() {
            if (shutdownComplete) return;
            if (verbose) console.warn("[Dynalite] Shutdown timeout reached, forcing close...");
            if (store.lifecycleManager) {
              store.lifecycleManager.forceClose(function(err2) {
                if (err2 && verbose) {
                  console.error("[Dynalite] Error during timeout force close:", err2);
                }
                server.listen = function() {
                  store.recreate();
                  httpServerListen.apply(server, arguments);
                };
                safeCallback(new Error("Server shutdown timed out after " + shutdownTimeout + "ms"));
              });
            } else {
              safeCallback(new Error("Server shutdown timed out after " + shutdownTimeout + "ms"));
            }
          }, remainingTimeout);
          if (store.lifecycleManager) {
            var dbTimeout = shutdownTimeout - (Date.now() - shutdownStartTime);
            if (dbTimeout > 0) {
              store.lifecycleManager.setShutdownTimeout(dbTimeout);
            }
            if (verbose) {
              var pendingOps = store.lifecycleManager.getPendingOperationCount();
              if (pendingOps > 0) {
                console.log("[Dynalite] Waiting for " + pendingOps + " pending database operations to complete...");
              }
            }
            store.lifecycleManager.gracefulClose(function(err2) {
              if (err2) {
                if (verbose) console.error("[Dynalite] Error during graceful database shutdown:", err2);
                if (verbose) console.log("[Dynalite] Attempting force close of database...");
                store.lifecycleManager.forceClose(function(forceErr) {
                  if (forceErr && verbose) {
                    console.error("[Dynalite] Error during force close:", forceErr);
                  }
                  server.listen = function() {
                    store.recreate();
                    httpServerListen.apply(server, arguments);
                  };
                  safeCallback(err2);
                });
                return;
              }
              if (verbose) console.log("[Dynalite] Database closed gracefully");
              server.listen = function() {
                store.recreate();
                httpServerListen.apply(server, arguments);
              };
              if (verbose) console.log("[Dynalite] Server shutdown complete");
              safeCallback(null);
            });
          } else {
            if (verbose) console.log("[Dynalite] No lifecycle manager available, using direct database close");
            store.db.close(function(err2) {
              if (err2) return safeCallback(err2);
              server.listen = function() {
                store.recreate();
                httpServerListen.apply(server, arguments);
              };
              safeCallback(null);
            });
          }
        });
      };
      return server;
    }
    validOperations.forEach(function(action) {
      action = validations.toLowerFirst(action);
      actions[action] = globRequire_actions_js("./actions/" + action + ".js");
      actionValidations[action] = globRequire_validations_js("./validations/" + action + ".js");
    });
    function rand52CharId() {
      var bytes = crypto.randomBytes(39);
      return bytes.toString("base64").toUpperCase().replace(/\+|\//g, "0");
    }
    function sendData(req, res, data, statusCode) {
      var body = JSON.stringify(data);
      req.removeAllListeners();
      res.statusCode = statusCode || 200;
      res.setHeader("x-amz-crc32", crc32.unsigned(body));
      res.setHeader("Content-Type", res.contentType);
      res.setHeader("Content-Length", Buffer.byteLength(body, "utf8"));
      res.end(body);
    }
    function httpHandler(store, req, res) {
      var body;
      req.on("error", function(err) {
        throw err;
      });
      req.on("data", function(data) {
        var newLength = data.length + (body ? body.length : 0);
        if (newLength > MAX_REQUEST_BYTES) {
          req.removeAllListeners();
          res.statusCode = 413;
          res.setHeader("Transfer-Encoding", "chunked");
          return res.end();
        }
        body = body ? Buffer.concat([body, data], newLength) : data;
      });
      req.on("end", function() {
        body = body ? body.toString() : "";
        if (debug) {
          console.error("[Dynalite] Incoming request:", { headers: req.headers, body });
        }
        res.setHeader("x-amzn-RequestId", rand52CharId());
        if (req.headers.origin) {
          res.setHeader("Access-Control-Allow-Origin", "*");
          if (req.method == "OPTIONS") {
            if (req.headers["access-control-request-headers"])
              res.setHeader("Access-Control-Allow-Headers", req.headers["access-control-request-headers"]);
            if (req.headers["access-control-request-method"])
              res.setHeader("Access-Control-Allow-Methods", req.headers["access-control-request-method"]);
            res.setHeader("Access-Control-Max-Age", 172800);
            res.setHeader("Content-Length", 0);
            req.removeAllListeners();
            return res.end();
          }
        }
        if (req.method == "GET") {
          req.removeAllListeners();
          res.statusCode = 200;
          res.setHeader("x-amz-crc32", 3128867991);
          res.setHeader("Content-Length", 42);
          return res.end("healthy: dynamodb.us-east-1.amazonaws.com ");
        }
        var contentType = (req.headers["content-type"] || "").split(";")[0].trim();
        if (req.method != "POST" || body && contentType != "application/json" && contentType != "application/x-amz-json-1.0") {
          req.removeAllListeners();
          res.statusCode = 404;
          res.setHeader("x-amz-crc32", 3552371480);
          res.setHeader("Content-Length", 29);
          return res.end("<UnknownOperationException/>\n");
        }
        res.contentType = contentType != "application/x-amz-json-1.0" ? "application/json" : contentType;
        var data;
        if (body) {
          try {
            data = JSON.parse(body);
          } catch {
            return sendData(req, res, { __type: "com.amazon.coral.service#SerializationException" }, 400);
          }
        }
        var target = (req.headers["x-amz-target"] || "").split(".");
        if (target.length != 2 || !~validApis.indexOf(target[0]) || !~validOperations.indexOf(target[1]))
          return sendData(req, res, { __type: "com.amazon.coral.service#UnknownOperationException" }, 400);
        var authHeader = req.headers.authorization;
        var query = url.parse(req.url, true).query;
        var authQuery = "X-Amz-Algorithm" in query;
        if (authHeader && authQuery)
          return sendData(req, res, {
            __type: "com.amazon.coral.service#InvalidSignatureException",
            message: "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header."
          }, 400);
        if (!authHeader && !authQuery || authHeader && authHeader.trim().slice(0, 5) != "AWS4-")
          return sendData(req, res, {
            __type: "com.amazon.coral.service#MissingAuthenticationTokenException",
            message: "Request is missing Authentication Token"
          }, 400);
        var msg = "", params;
        if (authHeader) {
          params = ["Credential", "Signature", "SignedHeaders"];
          var authParams = authHeader.split(/,| /).slice(1).filter(Boolean).reduce(function(obj, x) {
            var keyVal = x.trim().split("=");
            obj[keyVal[0]] = keyVal[1];
            return obj;
          }, {});
          params.forEach(function(param) {
            if (!authParams[param])
              msg += "Authorization header requires '" + param + "' parameter. ";
          });
          if (!req.headers["x-amz-date"] && !req.headers.date)
            msg += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ";
          if (msg) msg += "Authorization=" + authHeader;
        } else {
          params = ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Signature", "X-Amz-SignedHeaders", "X-Amz-Date"];
          params.forEach(function(param) {
            if (!query[param])
              msg += "AWS query-string parameters must include '" + param + "'. ";
          });
          if (msg) msg += "Re-examine the query-string parameters.";
        }
        if (msg) {
          return sendData(req, res, {
            __type: "com.amazon.coral.service#IncompleteSignatureException",
            message: msg
          }, 400);
        }
        if (!body)
          return sendData(req, res, { __type: "com.amazon.coral.service#SerializationException" }, 400);
        var action = validations.toLowerFirst(target[1]);
        var actionValidation = actionValidations[action];
        try {
          data = validations.checkTypes(data, actionValidation.types);
          validations.checkValidations(data, actionValidation.types, actionValidation.custom, store);
        } catch (err) {
          if (err.statusCode) {
            if (verbose) console.error("[Dynalite] Validation error", err.body);
            return sendData(req, res, err.body, err.statusCode);
          }
          throw err;
        }
        actions[action](store, data, function(err, data2) {
          if (err && err.statusCode) {
            if (verbose) console.error("[Dynalite] API error", err.body);
            return sendData(req, res, err.body, err.statusCode);
          }
          if (err) throw err;
          sendData(req, res, data2);
        });
      });
    }
    if (__require.main === module) dynalite2().listen(4567);
  }
});

// ../local-cloud/src/dynamodb/lock.ts
var TableLock = class {
  /** Shared holders running now. */
  active = 0;
  /** Exclusive holders waiting or running. */
  pending = 0;
  /** Settles when the last exclusive holder queued so far is done. */
  tail = Promise.resolve();
  /** Wakes the exclusive holder waiting for the shared holders to finish. */
  drained;
  async shared(fn) {
    while (this.pending > 0) await this.tail;
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      if (this.active === 0) this.drained?.();
    }
  }
  async exclusive(fn) {
    const previous = this.tail;
    let release;
    this.tail = new Promise((resolve) => {
      release = resolve;
    });
    this.pending++;
    try {
      await previous;
      if (this.active > 0) {
        await new Promise((resolve) => {
          this.drained = resolve;
        });
        this.drained = void 0;
      }
      return await fn();
    } finally {
      this.pending--;
      release();
    }
  }
};

// ../local-cloud/src/dynamodb/context.ts
var DynamoDbContext = class {
  constructor(tables, writeReasons) {
    this.tables = tables;
    this.writeReasons = writeReasons;
  }
  tables;
  writeReasons;
  lock = new TableLock();
  /** ClientRequestToken -> what the transaction asked and when it was done (tokens last 10 minutes). */
  tokens = /* @__PURE__ */ new Map();
  /** TTL settings by TableId, so a table deleted and created again starts with none. */
  timeToLive = /* @__PURE__ */ new Map();
};

// ../local-cloud/src/dynamodb/dynalite.ts
var import_dynalite = __toESM(require_dynalite(), 1);
import { EventEmitter } from "node:events";
var OPTIONS = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };
var ReplayedRequest = class extends EventEmitter {
  method;
  url;
  headers;
  constructor(r) {
    super();
    this.method = r.method;
    this.url = r.url;
    this.headers = r.headers;
  }
};
var CapturedResponse = class {
  constructor(done) {
    this.done = done;
  }
  done;
  statusCode = 200;
  contentType;
  checking = true;
  headers = {};
  setHeader(name, value) {
    this.headers[name.toLowerCase()] = String(value);
  }
  end(body) {
    this.done({
      status: this.statusCode,
      headers: this.headers,
      body: body ? String(body) : "",
      checking: this.checking
    });
  }
};
var dynalite = () => import_dynalite.default;
var DynaliteEngine = class {
  constructor(accountId) {
    this.accountId = accountId;
  }
  accountId;
  regions = /* @__PURE__ */ new Map();
  stopped = false;
  /** Regions with a running dynalite (each is created at that region's first request). */
  get started() {
    return [...this.regions.keys()];
  }
  /** Serves one request in `region`'s DynamoDB. */
  call(region, request) {
    if (this.stopped) return Promise.reject(new Error("DynamoDB is stopping with the local cloud"));
    const listener = this.listener(region);
    return new Promise((resolve, reject2) => {
      const req = new ReplayedRequest(request);
      const res = new CapturedResponse(resolve);
      listener(req, res);
      try {
        if (request.body.length > 0) req.emit("data", request.body);
        req.emit("end");
        res.checking = false;
      } catch (err) {
        reject2(err);
      }
    });
  }
  /** Drops every region's store (dynalite's are in memory: nothing to flush). */
  stop() {
    this.stopped = true;
    this.regions.clear();
  }
  listener(region) {
    const found = this.regions.get(region);
    if (found) return found;
    const saved = { region: process.env.AWS_REGION, account: process.env.AWS_ACCOUNT_ID };
    process.env.AWS_REGION = region;
    process.env.AWS_ACCOUNT_ID = this.accountId;
    let server;
    try {
      server = dynalite()(OPTIONS);
    } finally {
      restore("AWS_REGION", saved.region);
      restore("AWS_ACCOUNT_ID", saved.account);
    }
    const listener = server.listeners("request")[0];
    this.regions.set(region, listener);
    return listener;
  }
};
function restore(name, value) {
  if (value === void 0) delete process.env[name];
  else process.env[name] = value;
}

// ../local-cloud/src/dynamodb/describeTimeToLive.ts
async function describeTimeToLive(ctx, input) {
  const { Table: table } = await ctx.tables.describeTable({ TableName: input.TableName });
  const spec = ctx.timeToLive.get(String(table?.TableId));
  return {
    TimeToLiveDescription: spec ? { TimeToLiveStatus: "ENABLED", AttributeName: spec.AttributeName } : { TimeToLiveStatus: "DISABLED" }
  };
}

// ../local-cloud/src/dynamodb/keys.ts
function keyOf(item, schema) {
  const key = {};
  for (const { AttributeName } of schema) {
    const name = String(AttributeName);
    if (item[name] === void 0) throw missingKey(name);
    key[name] = item[name];
  }
  return key;
}
function itemIdentity(table, key) {
  const parts = Object.keys(key).sort().map((name) => `${name}=${valueText(key[name])}`);
  return `${table}\0${parts.join("\0")}`;
}
function valueText(v) {
  if (v.S !== void 0) return `S:${v.S}`;
  if (v.N !== void 0) {
    const n = Number(v.N);
    return `N:${Number.isSafeInteger(n) || String(n) === v.N ? String(n) : v.N}`;
  }
  if (v.B !== void 0) return `B:${Buffer.from(v.B).toString("base64")}`;
  return JSON.stringify(v);
}

// ../local-cloud/src/dynamodb/transactWriteItems.ts
var MAX_TRANSACT_ITEMS = 100;
var TOKEN_MS = 10 * 60 * 1e3;
async function transactWriteItems(ctx, input) {
  const items = input.TransactItems ?? [];
  if (items.length < 1) throw lengthConstraint("transactItems", "greater", 1);
  if (items.length > MAX_TRANSACT_ITEMS) throw lengthConstraint("transactItems", "less", MAX_TRANSACT_ITEMS);
  for (const item of items) {
    const actions = [item.ConditionCheck, item.Put, item.Update, item.Delete].filter(Boolean);
    if (actions.length !== 1) throw oneActionPerItem();
  }
  return ctx.lock.exclusive(async () => {
    const token = input.ClientRequestToken;
    const fingerprint = token ? fingerprintOf(input) : "";
    if (token) {
      const seen = remembered(ctx, token);
      if (seen && seen.fingerprint !== fingerprint) throw idempotentParameterMismatch();
      if (seen) return {};
    }
    const steps = await plan(ctx.tables, items);
    const capacity = /* @__PURE__ */ new Map();
    const reasons = [];
    const applied = [];
    const total = input.ReturnConsumedCapacity === "TOTAL" || input.ReturnConsumedCapacity === "INDEXES";
    try {
      for (const step of steps) {
        try {
          const used = await apply2(ctx.tables, step);
          if (!step.item.ConditionCheck) applied.push(step);
          capacity.set(step.table, (capacity.get(step.table) ?? 0) + used);
          reasons.push({ Code: "None" });
        } catch (err) {
          reasons.push(reasonFor(err, step));
        }
      }
    } catch (err) {
      await undo(ctx.tables, applied);
      throw err;
    }
    if (reasons.some((r) => r.Code !== "None")) {
      await undo(ctx.tables, applied);
      throw transactionCanceled(reasons, ctx.writeReasons);
    }
    if (token) ctx.tokens.set(token, { fingerprint, at: Date.now() });
    if (!total) return {};
    const consumed = [...capacity].map(([TableName, units]) => ({
      TableName,
      CapacityUnits: units * 2,
      WriteCapacityUnits: units * 2
    }));
    return { ConsumedCapacity: consumed };
  });
}
async function plan(tables, items) {
  const schemas = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const steps = [];
  for (const item of items) {
    const action = item.ConditionCheck ?? item.Put ?? item.Update ?? item.Delete;
    const table = String(action.TableName);
    let key;
    if (item.Put) {
      let schema = schemas.get(table);
      if (!schema) {
        schema = (await tables.describeTable({ TableName: table })).Table?.KeySchema ?? [];
        schemas.set(table, schema);
      }
      key = keyOf(item.Put.Item ?? {}, schema);
    } else key = (item.ConditionCheck ?? item.Update ?? item.Delete)?.Key ?? {};
    const identity = itemIdentity(table, key);
    if (seen.has(identity)) throw multipleOperationsOnOneItem();
    seen.add(identity);
    steps.push({
      item,
      table,
      key,
      returnOld: action.ReturnValuesOnConditionCheckFailure === "ALL_OLD"
    });
  }
  for (const step of steps) {
    step.before = (await tables.getItem({ TableName: step.table, Key: step.key, ConsistentRead: true })).Item;
  }
  return steps;
}
async function apply2(tables, step) {
  const { ConditionCheck: check, Put: put, Update: update, Delete: del } = step.item;
  const common = { ReturnConsumedCapacity: "TOTAL" };
  if (put) {
    const out2 = await tables.putItem({
      TableName: put.TableName,
      Item: put.Item,
      ConditionExpression: put.ConditionExpression,
      ExpressionAttributeNames: put.ExpressionAttributeNames,
      ExpressionAttributeValues: put.ExpressionAttributeValues,
      ...common
    });
    return out2.ConsumedCapacity?.CapacityUnits ?? 1;
  }
  if (update) {
    const out2 = await tables.updateItem({
      TableName: update.TableName,
      Key: update.Key,
      UpdateExpression: update.UpdateExpression,
      ConditionExpression: update.ConditionExpression,
      ExpressionAttributeNames: update.ExpressionAttributeNames,
      ExpressionAttributeValues: update.ExpressionAttributeValues,
      ...common
    });
    return out2.ConsumedCapacity?.CapacityUnits ?? 1;
  }
  const target = check ?? del;
  const out = await tables.deleteItem({
    TableName: target.TableName,
    Key: target.Key,
    ConditionExpression: target.ConditionExpression,
    ExpressionAttributeNames: target.ExpressionAttributeNames,
    ExpressionAttributeValues: target.ExpressionAttributeValues,
    ...common
  });
  if (check) {
    await restore2(tables, step);
    return 0;
  }
  return out.ConsumedCapacity?.CapacityUnits ?? 1;
}
function reasonFor(err, step) {
  const code = codeOf(err);
  if (code === "ConditionalCheckFailedException") {
    return step.returnOld && step.before ? { Code: "ConditionalCheckFailed", Item: step.before, Message: conditionalRequestFailed } : { Code: "ConditionalCheckFailed", Message: conditionalRequestFailed };
  }
  if (isDataValidation(err)) return { Code: "ValidationError", Message: err.message };
  throw err;
}
async function undo(tables, applied) {
  for (const step of applied.reverse()) await restore2(tables, step);
}
async function restore2(tables, step) {
  if (step.before) await tables.putItem({ TableName: step.table, Item: step.before });
  else await tables.deleteItem({ TableName: step.table, Key: step.key });
}
function remembered(ctx, token) {
  const now = Date.now();
  for (const [t, v] of ctx.tokens) if (now - v.at > TOKEN_MS) ctx.tokens.delete(t);
  return ctx.tokens.get(token);
}
function fingerprintOf(input) {
  const { ClientRequestToken: _, ...rest } = input;
  return JSON.stringify(rest);
}

// ../local-cloud/src/dynamodb/transactGetItems.ts
async function transactGetItems(ctx, input) {
  const items = input.TransactItems ?? [];
  if (items.length < 1) throw lengthConstraint("transactItems", "greater", 1);
  if (items.length > MAX_TRANSACT_ITEMS) throw lengthConstraint("transactItems", "less", MAX_TRANSACT_ITEMS);
  const seen = /* @__PURE__ */ new Set();
  for (const { Get: get } of items) {
    const identity = itemIdentity(String(get?.TableName), get?.Key ?? {});
    if (seen.has(identity)) throw multipleOperationsOnOneItem();
    seen.add(identity);
  }
  return ctx.lock.exclusive(async () => {
    const responses = [];
    for (const { Get: get } of items) {
      const out = await ctx.tables.getItem({
        TableName: get?.TableName,
        Key: get?.Key,
        ProjectionExpression: get?.ProjectionExpression,
        ExpressionAttributeNames: get?.ExpressionAttributeNames,
        ConsistentRead: true
      });
      responses.push(out.Item ? { Item: out.Item } : {});
    }
    return { Responses: responses };
  });
}

// ../local-cloud/src/dynamodb/updateTimeToLive.ts
async function updateTimeToLive(ctx, input) {
  const { Table: table } = await ctx.tables.describeTable({ TableName: input.TableName });
  const id = String(table?.TableId);
  const spec = input.TimeToLiveSpecification;
  const current = ctx.timeToLive.get(id);
  if (spec?.Enabled) {
    if (current) throw timeToLiveAlready("enabled");
    ctx.timeToLive.set(id, { Enabled: true, AttributeName: spec.AttributeName });
  } else {
    if (!current) throw timeToLiveAlready("disabled");
    ctx.timeToLive.delete(id);
  }
  return { TimeToLiveSpecification: spec };
}

// ../local-cloud/src/dynamodb/operations.ts
var OPERATIONS = {
  TransactWriteItems: transactWriteItems,
  TransactGetItems: transactGetItems,
  UpdateTimeToLive: updateTimeToLive,
  DescribeTimeToLive: describeTimeToLive
};
var DYNALITE_OPERATIONS = /* @__PURE__ */ new Set([
  "BatchGetItem",
  "BatchWriteItem",
  "CreateTable",
  "DeleteItem",
  "DeleteTable",
  "DescribeTable",
  "GetItem",
  "ListTables",
  "PutItem",
  "Query",
  "Scan",
  "TagResource",
  "UntagResource",
  "ListTagsOfResource",
  "UpdateItem",
  "UpdateTable"
]);

// ../local-cloud/src/dynamodb/tables.ts
var OPTIONS2 = { jsonName: false };
var SIGNED = {
  authorization: "AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0",
  "x-amz-date": "20200101T000000Z",
  "content-type": "application/x-amz-json-1.0"
};
var Tables = class {
  constructor(engine, model, region) {
    this.engine = engine;
    this.model = model;
    this.region = region;
  }
  engine;
  model;
  region;
  codecs = /* @__PURE__ */ new Map();
  getItem(input) {
    return this.send("GetItem", input);
  }
  putItem(input) {
    return this.send("PutItem", input);
  }
  updateItem(input) {
    return this.send("UpdateItem", input);
  }
  deleteItem(input) {
    return this.send("DeleteItem", input);
  }
  describeTable(input) {
    return this.send("DescribeTable", input);
  }
  async send(operation, input) {
    const codec = this.codec(operation);
    const answer = await this.engine.call(this.region, {
      method: "POST",
      url: "/",
      headers: { ...SIGNED, "x-amz-target": `DynamoDB_20120810.${operation}` },
      body: Buffer.from(JSON.stringify(codec.encode(input)))
    });
    const body = answer.body ? JSON.parse(answer.body) : {};
    if (answer.status !== 200) throw fromDynalite(answer.status, body, answer.checking);
    return codec.decode(body, "");
  }
  codec(operation) {
    let c = this.codecs.get(operation);
    if (!c) {
      const op = this.model.operations.get(operation);
      if (!op) throw new Error(`local-cloud: ${operation} is not in DynamoDB's model`);
      c = { encode: jsonWriter(op.input, OPTIONS2), decode: jsonDecoder(op.output, OPTIONS2) };
      this.codecs.set(operation, c);
    }
    return c;
  }
};

// ../local-cloud/src/dynamodb/unserved.ts
function unserved(operation, request) {
  if (operation !== "UpdateTable") return void 0;
  let body;
  try {
    body = JSON.parse(request.body.toString("utf8"));
  } catch {
    return void 0;
  }
  const updates = body?.GlobalSecondaryIndexUpdates;
  const change = Array.isArray(updates) && updates.some((u) => u?.Create || u?.Delete);
  return change ? indexChangeNotServed() : void 0;
}

// ../local-cloud/src/dynamodb/adapter.ts
function createAdapter(accountId, ddb) {
  const engine = new DynaliteEngine(accountId);
  const regions = /* @__PURE__ */ new Map();
  const reasons = ddb.errors.get("TransactionCanceledException")?.schema.getMemberSchema("CancellationReasons");
  const writeReasons = reasons ? jsonWriter(reasons, { jsonName: false }) : (v) => v;
  const contextFor = (region) => {
    let ctx = regions.get(region);
    if (!ctx) {
      ctx = new DynamoDbContext(new Tables(engine, ddb, region), writeReasons);
      regions.set(region, ctx);
    }
    return ctx;
  };
  const own = buildAwsJsonFace(
    {
      version: "1.0",
      targetPrefix: TARGET_PREFIX,
      errorNamespace: ERROR_NAMESPACE,
      operations: OPERATIONS,
      context: (call) => contextFor(call.region)
    },
    ddb
  );
  const prefix = `${TARGET_PREFIX}.`;
  const JSON_TYPE = /^application\/(x-amz-json-1\.0|json)\s*(;|$)/;
  const face = {
    protocol: "awsJson1_0",
    targetPrefix: TARGET_PREFIX,
    accepts: () => true,
    writeError: own.writeError,
    async serve(req, res) {
      const target = String(req.headers["x-amz-target"] ?? "");
      const name = target.startsWith(prefix) ? target.slice(prefix.length) : "";
      if (req.method !== "POST" || !JSON_TYPE.test(String(req.headers["content-type"] ?? ""))) {
        own.writeError(req, res, unknownOperation());
        return;
      }
      if (!DYNALITE_OPERATIONS.has(name)) return own.serve(req, res);
      let answer;
      try {
        const request = replayed(req);
        const refused = unserved(name, request);
        if (refused) throw refused;
        answer = await contextFor(req.region).lock.shared(() => engine.call(req.region, request));
      } catch (err) {
        own.writeError(req, res, toAwsError(err));
        return;
      }
      write(res, answer);
    }
  };
  return { face, engine };
}
function replayed(req) {
  const { origin: _, ...headers } = req.headers;
  const query = req.query.toString();
  return { method: req.method, url: query ? `${req.path}?${query}` : req.path, headers, body: req.body };
}
function write(res, answer) {
  const headers = { "Content-Length": Buffer.byteLength(answer.body) };
  for (const name of ["content-type", "x-amz-crc32", "x-amzn-requestid"]) {
    const value = answer.headers[name];
    if (value !== void 0) headers[name] = value;
  }
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}
export {
  createAdapter
};
//# sourceMappingURL=adapter-DXBVTWHH.js.map
