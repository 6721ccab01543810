"""Money helpers of the layer: amounts in cents, formatted with their currency."""


def to_cents(amount):
    if not isinstance(amount, (int, float)) or isinstance(amount, bool):
        raise ValueError("amount must be a number; got %r" % (amount,))
    return int(round(amount * 100))


def formatted(cents, currency):
    return "%s %d.%02d" % (currency, cents // 100, cents % 100)
