module github.com/kalender-pemilu/tahapan

go 1.24.0

require (
	github.com/andybalholm/brotli v1.3.0
	github.com/arran4/golang-ical v0.3.4
	github.com/rickar/cal/v2 v2.1.13
	github.com/spf13/cobra v1.10.2
	github.com/spf13/pflag v1.0.9
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/image v0.36.0
	golang.org/x/text v0.34.0
)

require github.com/inconshreveable/mousetrap v1.1.0 // indirect
