// Whether the database answers at all: the health check's probe, run in the background every few seconds (never
// by the health request itself, so that /api/health answers when the database or its pool does not).
RETURN 1 AS alive
