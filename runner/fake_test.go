package runner

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Ways to fake a pass: each is something a learner (or a cheat) can do to
// the files of the exercises module. None may pass, and the report must
// name what happened. The mse exercise is the target throughout; its stub
// fails both tests, so a "pass" could only come from the trick.

// mseStub is a file that compiles against the mse tests but is wrong.
const mseStub = `
func MSE(pred, target []float64) float64 { return 0 }

func MSEGrad(pred, target []float64) []float64 { return make([]float64, len(pred)) }
`

// fakeCase is a learner's file (and, optionally, changes to other files)
// with what the verdict must be and say.
type fakeCase struct {
	name   string
	file   string            // the whole of ch01/mse.go
	others map[string]string // other files of the module, by path, to write
	want   Status
	says   []string // the report says each of these
}

var fakeCases = []fakeCase{
	{
		name: "prints PASS lines in init, then os.Exit(0)",
		file: "package ch01\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc init() {\n\tfmt.Println(\"=== RUN   TestMSE\\n--- PASS: TestMSE (0.00s)\\n=== RUN   TestMSEGrad\\n--- PASS: TestMSEGrad (0.00s)\\nPASS\\nok  \\tdescent/exercises/ch01\\t0.01s\")\n\tos.Exit(0)\n}\n" + mseStub,
		want: Crashed,
		says: []string{"exited (status 0) before the tests started", "os.Exit or syscall.Exit in init"},
	},
	{
		name: "prints go test -json framing, then syscall.Exit(0)",
		file: "package ch01\n\nimport (\n\t\"fmt\"\n\t\"syscall\"\n)\n\nfunc init() {\n\tfor _, n := range []string{\"TestMSE\", \"TestMSEGrad\"} {\n\t\tfmt.Printf(\"\\x16=== RUN   %s\\n\\x16--- PASS: %s (0.00s)\\n\", n, n)\n\t\tfmt.Printf(`{\"Action\":\"pass\",\"Package\":\"descent/exercises/ch01\",\"Test\":%q}`+\"\\n\", n)\n\t}\n\tfmt.Println(\"\\x16PASS\")\n\tsyscall.Exit(0)\n}\n" + mseStub,
		want: Crashed,
		says: []string{"before the tests started"},
	},
	{
		name: "syscall.Exit(0) during a test",
		file: "package ch01\n\nimport \"syscall\"\n\nfunc MSE(pred, target []float64) float64 { syscall.Exit(0); return 0 }\n\nfunc MSEGrad(pred, target []float64) []float64 { return nil }\n",
		want: Crashed,
		says: []string{"exited (status 0) before the tests finished in TestMSE"},
	},
	{
		name: "os.Exit(0) during a test",
		file: "package ch01\n\nimport \"os\"\n\nfunc MSE(pred, target []float64) float64 { os.Exit(0); return 0 }\n\nfunc MSEGrad(pred, target []float64) []float64 { return nil }\n",
		want: Panicked,
		says: []string{"os.Exit(0)"},
	},
	{
		name: "runtime.Goexit ends the test early without failing it",
		file: "package ch01\n\nimport \"runtime\"\n\nfunc MSE(pred, target []float64) float64 { runtime.Goexit(); return 0 }\n\nfunc MSEGrad(pred, target []float64) []float64 { runtime.Goexit(); return nil }\n",
		want: Panicked,
		says: []string{"runtime.Goexit", "ch01/mse.go:5"},
	},
	{
		name: "forges the harness's events on its report pipe",
		file: "package ch01\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc init() {\n\tf := os.NewFile(4, \"report\")\n\tfmt.Fprintln(f, `{\"seq\":1,\"kind\":\"plan\",\"tests\":[\"TestMSE\",\"TestMSEGrad\"],\"mac\":\"00\"}`)\n\tfor i, n := range []string{\"TestMSE\", \"TestMSEGrad\"} {\n\t\tfmt.Fprintf(f, `{\"seq\":%d,\"kind\":\"end\",\"test\":%q,\"completed\":true}`+\"\\n\", i+2, n)\n\t}\n\tfmt.Fprintln(f, `{\"seq\":4,\"kind\":\"finish\"}`)\n\tos.Exit(0)\n}\n" + mseStub,
		want: Crashed,
		says: []string{"not signed by the harness"},
	},
	{
		name: "defines its own TestMain",
		file: "package ch01\n\nimport (\n\t\"os\"\n\t\"testing\"\n)\n\nfunc TestMain(m *testing.M) { os.Exit(0) }\n" + mseStub,
		want: CompileError,
		says: []string{"TestMain redeclared"},
	},
	{
		name: "calls the reference implementation the tests use",
		file: "package ch01\n\nimport \"descent/exercises/internal/core/loss\"\n\nvar _ = loss.MSE\n" + mseStub,
		want: Rejected,
		says: []string{"may use only Go's standard library"},
	},
	{
		name: "reaches into the harness",
		file: "package ch01\n\nimport _ \"descent/exercises/internal/harness\"\n" + mseStub,
		want: Rejected,
		says: []string{"may use only Go's standard library"},
	},
	{
		name: "uses unsafe",
		file: "package ch01\n\nimport \"unsafe\"\n\nvar _ = unsafe.Sizeof(0)\n" + mseStub,
		want: Rejected,
		says: []string{"may not use it"},
	},
	{
		name: "uses go:linkname",
		file: "package ch01\n\nimport _ \"unsafe\"\n\n//go:linkname active descent/exercises/internal/harness.active\nvar active bool\n" + mseStub,
		want: Rejected,
		says: []string{"unsafe"},
	},
	{
		name:   "adds t.Skip to the tests",
		file:   "package ch01\n" + mseStub,
		others: map[string]string{"ch01/mse_test.go": "package ch01\n\nimport \"testing\"\n\nfunc TestMSE(t *testing.T) { t.Skip() }\n\nfunc TestMSEGrad(t *testing.T) { t.Skip() }\n"},
		want:   Failed,
		says:   []string{"2 of 2 tests failed", "expected 1.33333"},
	},
	{
		name:   "empties the test functions",
		file:   "package ch01\n" + mseStub,
		others: map[string]string{"ch01/mse_test.go": "package ch01\n\nimport \"testing\"\n\nfunc TestMSE(t *testing.T) {}\n\nfunc TestMSEGrad(t *testing.T) {}\n"},
		want:   Failed,
		says:   []string{"2 of 2 tests failed"},
	},
	{
		name:   "edits the shared helper to accept anything",
		file:   "package ch01\n" + mseStub,
		others: map[string]string{"internal/expect/expect.go": "package expect\n\nimport \"testing\"\n\nfunc Close(got, want, tol float64) bool { return true }\nfunc Float(t testing.TB, call string, got, want, tol float64, next string) bool { return true }\nfunc Floats(t testing.TB, call string, got, want []float64, tol float64, next string) bool { return true }\nfunc Format(xs []float64) string { return \"\" }\nfunc Copy(xs []float64) []float64 { return xs }\n"},
		want:   Failed,
		says:   []string{"2 of 2 tests failed"},
	},
	{
		name:   "adds a test file of its own with a TestMain that exits 0",
		file:   "package ch01\n" + mseStub,
		others: map[string]string{"ch01/zz_test.go": "package ch01\n\nimport (\n\t\"os\"\n\t\"testing\"\n)\n\nfunc TestMain(m *testing.M) { os.Exit(0) }\n"},
		want:   Failed,
		says:   []string{"2 of 2 tests failed"},
	},
	{
		name:   "adds a file to the package whose init exits 0",
		file:   "package ch01\n" + mseStub,
		others: map[string]string{"ch01/zz.go": "package ch01\n\nimport \"os\"\n\nfunc init() { os.Exit(0) }\n"},
		want:   Failed,
		says:   []string{"2 of 2 tests failed"},
	},
}

func TestWaysToFakeAPassAllFail(t *testing.T) {
	for _, fc := range fakeCases {
		t.Run(fc.name, func(t *testing.T) {
			t.Parallel()
			dir := copyExercises(t)
			writeExercise(t, dir, mustFind(t, "mse"), fc.file)
			for rel, content := range fc.others {
				path := filepath.Join(dir, filepath.FromSlash(rel))
				os.MkdirAll(filepath.Dir(path), 0o755)
				if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			r := Check(context.Background(), dir, "mse")
			if r.Status == Passed {
				t.Fatalf("faked a pass:\n%s", r.Report())
			}
			if r.Status != fc.want {
				t.Errorf("got %s, want %s:\n%s", r.Status, fc.want, r.Report())
			}
			rep := r.Report()
			for _, s := range fc.says {
				if !strings.Contains(rep, s) {
					t.Errorf("the report should say %q:\n%s", s, rep)
				}
			}
		})
	}
}
