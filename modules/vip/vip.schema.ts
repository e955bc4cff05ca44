// VIP tiers, status, checks, rewards and settings in GraphQL: the tiers half fills this file.
export {};
