package serve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKeyListsSayWhatIsWrongAndWhere(t *testing.T) {
	ann := newTestKey(t, "Ann Lee")
	key := strings.TrimSuffix(ann.line(), " Ann Lee\n")
	for _, c := range []struct{ file, want string }{
		{"# the class\n\n" + key + " Ann Lee\n", ""},
		{key + "\n", "f:1: the key has no comment: write the person's name after the key"},
		{"\n" + key + " Ann\x1b[2J\n", "f:2: the name \"Ann\\x1b[2J\" holds a control character"},
		{key + " " + strings.Repeat("a", 41) + "\n", "is longer than 40 characters"},
		{"ssh-ed25519 not-base64 Ann\n", "f:1: not a public key"},
		{key + " Ann\n" + key + " Bob\n", "f:2: this key is already listed as \"Ann\""},
	} {
		path := filepath.Join(t.TempDir(), "f")
		os.WriteFile(path, []byte(c.file), 0o600)
		_, err := CheckKeys(path)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%q: %v", c.file, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%q: got %v, want %q", c.file, err, c.want)
		}
	}
}

func TestNamesAreCleanedAndIDsAreStable(t *testing.T) {
	for in, want := range map[string]string{"  Ann   Lee ": "Ann Lee", "王小明": "王小明", "Zoë\tW.": "Zoë W."} {
		if got, err := cleanName(in); err != nil || got != want {
			t.Errorf("cleanName(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if personID("Ann Lee") == personID("ann-lee") {
		t.Error("two names, one id")
	}
	if id := personID("Ann Lee"); !strings.HasPrefix(id, "ann-lee-") || id != personID("Ann Lee") {
		t.Errorf("personID(Ann Lee) = %q", id)
	}
	if id := personID("王小明"); !strings.HasPrefix(id, "learner-") {
		t.Errorf("personID(王小明) = %q: want a file-name-safe id", id)
	}
	if id := personID("../../etc"); strings.ContainsAny(id, "./") {
		t.Errorf("personID(../../etc) = %q", id)
	}
}

func TestANewKeyIsAdmittedWithoutARestart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "learners")
	ann, bob := newTestKey(t, "Ann"), newTestKey(t, "Bob")
	writeKeys(t, path, ann)
	k, err := newKeyList(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := k.lookup(bob.signer.PublicKey()); ok {
		t.Fatal("bob is in before being added")
	}
	os.WriteFile(path, []byte(ann.line()+bob.line()+"# latecomer\n"), 0o600)
	if name, ok := k.lookup(bob.signer.PublicKey()); !ok || name != "Bob" {
		t.Errorf("bob, added to the file: %q %v", name, ok)
	}
	os.WriteFile(path, []byte("garbage\n"), 0o600)
	if _, ok := k.lookup(ann.signer.PublicKey()); !ok {
		t.Error("a broken edit of the file shut everyone out; the last good list should stay")
	}
}
