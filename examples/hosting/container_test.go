package hosting

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestContainer builds the Containerfile with buildah, from scratch and
// with no registry, then runs the image with podman and asks /healthz and
// a feed. Images live in the test's own storage (vfs driver), so nothing
// is left behind. If this sandbox cannot start a container at all, the
// test says why and skips; an image that starts but does not serve fails
// it, and so does a failed build under CI.
func TestContainer(t *testing.T) {
	buildah := needTool(t, "buildah")
	podman := needTool(t, "podman")
	bin := tahapanBin(t)

	dir := t.TempDir()
	ctx := filepath.Join(dir, "context")
	os.MkdirAll(ctx, 0o755)
	b, err := os.ReadFile(bin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ctx, "tahapan"), b, 0o755); err != nil {
		t.Fatal(err)
	}
	if elf, err := exec.Command("file", bin).Output(); err == nil && !bytes.Contains(elf, []byte("statically linked")) {
		t.Errorf("the binary is not static: %s", elf)
	}
	storage := []string{"--root", filepath.Join(dir, "storage"), "--runroot", filepath.Join(dir, "run"), "--storage-driver", "vfs"}
	const image = "localhost/tahapan-hosting-test:latest"

	run := func(name string, args ...string) ([]byte, error) {
		cmd := exec.Command(name, append(append([]string{}, storage...), args...)...)
		cmd.Env = append(os.Environ(), "BUILDAH_ISOLATION=chroot")
		return cmd.CombinedOutput()
	}
	if out, err := run(buildah, "bud", "--isolation", "chroot", "--pull-never", "-t", image, "-f", "Containerfile", ctx); err != nil {
		// Under CI (root, .ci/run's packages) a build from scratch must
		// work; elsewhere it may lack what rootless builds need.
		if !inCI() {
			t.Skipf("buildah cannot build here (%v); CI=true makes this a failure:\n%s", err, tail(out, 1000))
		}
		t.Fatalf("buildah bud: %v\n%s", err, out)
	}
	t.Cleanup(func() { run(podman, "rmi", "-f", image) })

	// What the image is: one layer, the binary as entrypoint, serve --addr
	// :8080 as the command, a numeric user that is not root.
	out, err := run(podman, "image", "inspect", image)
	if err != nil {
		t.Fatalf("podman image inspect: %v\n%s", err, out)
	}
	var info []struct {
		Config struct {
			User       string
			Entrypoint []string
			Cmd        []string
		}
		RootFS struct{ Layers []string }
		Size   int64
	}
	if err := json.Unmarshal(out, &info); err != nil || len(info) != 1 {
		t.Fatalf("podman image inspect: %v\n%s", err, out)
	}
	c := info[0].Config
	if uid, _, _ := strings.Cut(c.User, ":"); uid == "" || uid == "0" || strings.Trim(uid, "0123456789") != "" {
		t.Errorf("image user %q: want a numeric user other than 0", c.User)
	}
	if strings.Join(c.Entrypoint, " ") != "/tahapan" || strings.Join(c.Cmd, " ") != "serve --addr :8080" {
		t.Errorf("entrypoint %q, cmd %q: want /tahapan and serve --addr :8080", c.Entrypoint, c.Cmd)
	}
	if n := len(info[0].RootFS.Layers); n != 1 {
		t.Errorf("%d layers: want one, the binary", n)
	}
	t.Logf("image: user %s, %d layer(s), %.1f MB", c.User, len(info[0].RootFS.Layers), float64(info[0].Size)/1e6)

	// This sandbox has no CAP_SYS_RESOURCE, so podman's default rlimits
	// cannot be set: ask for low ones. runc copes with the cgroup v1/v2
	// hybrid layout, which crun refuses.
	flags := []string{"--ulimit", "nofile=1024:1024", "--ulimit", "nproc=1024:1024",
		"--read-only", "--cap-drop=all", "--security-opt", "no-new-privileges"}
	if _, err := exec.LookPath("runc"); err == nil {
		flags = append(flags, "--runtime", "runc")
	}
	// Can this sandbox run a container at all? The binary's help, nothing
	// more.
	if out, err := run(podman, append(append([]string{"run", "--rm", "--network", "none"}, flags...), image, "--help")...); err != nil {
		t.Skipf("this sandbox cannot run containers (podman run %s --help: %v):\n%s", image, err, tail(out, 1000))
	}

	// Serve on a loopback port of the host's network: the image's command
	// with the address changed, so the test talks to 127.0.0.1 only.
	port := strconv.Itoa(freePort(t))
	name := "tahapan-hosting-test-" + port
	args := append(append([]string{"run", "-d", "--name", name, "--network", "host"}, flags...),
		image, "serve", "--addr", "127.0.0.1:"+port, "--base-url", baseURL, "--at", at)
	if out, err := run(podman, args...); err != nil {
		t.Fatalf("podman run: %v\n%s", err, out)
	}
	t.Cleanup(func() {
		if t.Failed() {
			out, _ := run(podman, "logs", name)
			t.Logf("container log:\n%s", tail(out, 2000))
		}
		run(podman, "rm", "-f", "-t", "5", name)
	})
	base := "http://127.0.0.1:" + port
	waitUp(t, base)
	if out, err := run(podman, "top", name, "user", "args"); err != nil || !bytes.Contains(out, []byte("65532")) {
		t.Errorf("podman top: the process should run as 65532 (%v):\n%s", err, out)
	}
	a := fetch(t, "GET", base+"/pemilu-2024.ics")
	if a.status != 200 || a.header.Get("Content-Type") != "text/calendar; charset=utf-8" ||
		!bytes.Contains(a.body, []byte("BEGIN:VCALENDAR\r\n")) {
		t.Errorf("/pemilu-2024.ics from the container: %d %q, %d bytes", a.status, a.header.Get("Content-Type"), len(a.body))
	}
	// The zones and schedules are inside the binary: the page names WIB.
	if a := fetch(t, "GET", base+"/"); a.status != 200 || !bytes.Contains(a.body, []byte("WIB")) {
		t.Errorf("/ from the container: %d, %d bytes, WIB in it: %v", a.status, len(a.body), bytes.Contains(a.body, []byte("WIB")))
	}
}
