package site

import (
	"log"
	"log/slog"
)

// slogAdapter routes net/http's own error log (TLS handshakes, bad
// requests) to the access log's logger.
func slogAdapter(l *slog.Logger) *log.Logger {
	return slog.NewLogLogger(l.Handler(), slog.LevelWarn)
}
