// The order service's handler: confirms an order with a positive quantity, throws for any other.
export const placeOrder = async (event) => {
  if (Number.isInteger(event?.quantity) && event.quantity > 0) {
    return { status: 'confirmed', orderId: event.orderId, quantity: event.quantity };
  }
  throw new Error(`cannot take order ${event?.orderId}: the quantity must be a positive whole number`);
};
