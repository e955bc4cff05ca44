// VIP points in GraphQL (history, redemption, adjustments): the points half fills this file.
export {};
