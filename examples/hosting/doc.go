// Package hosting holds no code: its folder keeps the files that host
// tahapan (nginx.conf, Caddyfile, tahapan.service, Containerfile and the
// publish.yml workflow), and its tests run each of them for real: nginx and
// Caddy against a published folder, systemd-analyze on the unit, buildah and
// podman on the image, and actionlint on the workflow.
//
// A test whose tool is missing skips with the reason, except when CI=true:
// .ci/run installs every tool, so there a missing one fails the test.
package hosting
