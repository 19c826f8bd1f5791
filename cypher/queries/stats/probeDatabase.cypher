// Whether the database answers at all: the health check's probe, run in the background every few seconds (never
// by the health request itself, so that /api/health answers when the database or its pool does not).
// @purpose.zh 数据库是否还在应答：健康检查的探测，每隔几秒在后台运行。
RETURN 1 AS alive
