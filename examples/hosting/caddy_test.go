package hosting

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// TestCaddy runs Debian's caddy with the Caddyfile, its address and root
// changed to a free loopback port and a published folder, and makes the
// same checks as TestNginx, .br answers included.
func TestCaddy(t *testing.T) {
	caddy := needTool(t, "caddy")
	s := published(t)
	ref := reference(t)

	dir := t.TempDir()
	port := strconv.Itoa(freePort(t))
	site := config(t, "Caddyfile",
		"\npemilu.example.org {\n", "\nhttp://127.0.0.1:"+port+" {\n",
		"\troot * /srv/tahapan/public\n", "\troot * "+s.dir+"\n",
	)
	// No admin endpoint, no certificates, no state outside the test.
	conf := "{\n\tadmin off\n\tauto_https off\n\tstorage file_system {\n\t\troot " + dir + "/data\n\t}\n}\n" + site
	file := filepath.Join(dir, "Caddyfile")
	if err := os.WriteFile(file, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	env := []string{"HOME=" + dir, "XDG_DATA_HOME=" + dir + "/data", "XDG_CONFIG_HOME=" + dir + "/config"}
	cmd := exec.Command(caddy, "validate", "--config", file, "--adapter", "caddyfile")
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("caddy validate: %v\n%s\nconfig:\n%s", err, out, conf)
	}
	// caddy fmt leaves the file as it is.
	if out, err := exec.Command(caddy, "fmt", "Caddyfile").Output(); err != nil || string(out) != config(t, "Caddyfile") {
		t.Errorf("caddy fmt Caddyfile changes it (%v); run caddy fmt --overwrite", err)
	}
	start(t, caddy, []string{"run", "--config", file, "--adapter", "caddyfile"}, env)
	base := "http://127.0.0.1:" + port
	waitUp(t, base)
	checkStatic(t, base, ref, s, true)
}
