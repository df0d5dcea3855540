package hosting

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// brotliModule is where Debian's libnginx-mod-http-brotli-static puts the
// module.
const brotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so"

// TestNginx runs a real nginx with nginx.conf, its root and port changed
// to a published folder and a free loopback port, and checks every file's
// headers and bytes, plain, gzip and conditional, against tahapan serve.
// With Debian's brotli module installed it also runs the config with
// brotli_static turned on and checks the .br answers.
func TestNginx(t *testing.T) {
	nginx := needTool(t, "nginx", "/usr/sbin")
	s := published(t)
	ref := reference(t)

	t.Run("as shipped", func(t *testing.T) {
		base := runNginx(t, nginx, s, false)
		checkStatic(t, base, ref, s, false)
	})
	t.Run("brotli_static", func(t *testing.T) {
		if _, err := os.Stat(brotliModule); err != nil {
			if inCI() {
				t.Fatalf("%s is missing, but CI=true: .ci/run installs libnginx-mod-http-brotli-static", brotliModule)
			}
			t.Skipf("%s is missing: apt-get install libnginx-mod-http-brotli-static", brotliModule)
		}
		base := runNginx(t, nginx, s, true)
		checkStatic(t, base, ref, s, true)
	})
}

// runNginx starts nginx with the site block and returns its address.
func runNginx(t *testing.T, nginx string, s site, brotli bool) string {
	t.Helper()
	dir := t.TempDir()
	port := strconv.Itoa(freePort(t))
	repl := []string{
		"\tlisten 80;\n", "\tlisten 127.0.0.1:" + port + ";\n",
		"\tlisten [::]:80;\n", "",
		"\troot /srv/tahapan/public;\n", "\troot " + s.dir + ";\n",
	}
	if brotli {
		repl = append(repl, "\t# brotli_static on;\n", "\tbrotli_static on;\n")
	}
	site := config(t, "nginx.conf", repl...)
	var main strings.Builder
	if os.Geteuid() == 0 {
		main.WriteString("user root;\n") // the workers must read the temp folders
	}
	if brotli {
		main.WriteString("load_module " + brotliModule + ";\n")
	}
	main.WriteString("worker_processes 1;\npid " + dir + "/nginx.pid;\nerror_log stderr warn;\n")
	main.WriteString("events { worker_connections 64; }\nhttp {\n\taccess_log off;\n")
	for _, tmp := range []string{"client_body", "proxy", "fastcgi", "uwsgi", "scgi"} {
		main.WriteString("\t" + tmp + "_temp_path " + dir + "/" + tmp + ";\n")
	}
	main.WriteString(site + "}\n")
	conf := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(conf, []byte(main.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"-p", dir, "-e", "stderr", "-c", conf}
	out, err := exec.Command(nginx, append(args, "-t")...).CombinedOutput()
	if err != nil {
		t.Fatalf("nginx -t: %v\n%s\nconfig:\n%s", err, out, main.String())
	}
	if bytes.Contains(out, []byte("[warn]")) {
		t.Errorf("nginx -t warns:\n%s", out)
	}
	start(t, nginx, append(args, "-g", "daemon off; master_process on;"), nil)
	base := "http://127.0.0.1:" + port
	waitUp(t, base)
	return base
}
