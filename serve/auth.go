package serve

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	gossh "golang.org/x/crypto/ssh"
)

// A Person is someone the server let in.
type Person struct {
	ID         string // stable, file-name safe: names their workspace
	Name       string // shown on the board: the key's comment, or the SSH user with --open
	Instructor bool
	Key        string // the key's SHA256 fingerprint
}

// maxNameRunes bounds a display name: the board has one line per learner.
const maxNameRunes = 40

// A keyList is one authorized_keys file: each key's comment is the
// person's name. It is read again when the file changes, so an instructor
// can admit a latecomer by adding a line, without a restart.
type keyList struct {
	path string

	mu    sync.Mutex
	mtime time.Time
	size  int64
	names map[string]string // fingerprint → name
	err   error             // the last reload's error; the last good list stays in force
}

// CheckKeys reads an authorized_keys file as --learners and --instructors
// do, and says how many keys it holds or what is wrong with it.
func CheckKeys(path string) (int, error) {
	k, err := newKeyList(path)
	if err != nil {
		return 0, err
	}
	return k.len(), nil
}

func newKeyList(path string) (*keyList, error) {
	k := &keyList{path: path}
	if err := k.reload(); err != nil {
		return nil, err
	}
	return k, nil
}

// lookup returns the name of key, re-reading the file first if it changed.
func (k *keyList) lookup(key gossh.PublicKey) (string, bool) {
	if k == nil {
		return "", false
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if st, err := os.Stat(k.path); err == nil && (!st.ModTime().Equal(k.mtime) || st.Size() != k.size) {
		k.reloadLocked()
	}
	name, ok := k.names[gossh.FingerprintSHA256(key)]
	return name, ok
}

func (k *keyList) len() int {
	if k == nil {
		return 0
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.names)
}

func (k *keyList) reload() error {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.reloadLocked()
}

func (k *keyList) reloadLocked() error {
	st, err := os.Stat(k.path)
	if err != nil {
		k.err = err
		return err
	}
	data, err := os.ReadFile(k.path)
	if err != nil {
		k.err = err
		return err
	}
	names, err := parseAuthorizedKeys(k.path, data)
	k.mtime, k.size = st.ModTime(), st.Size()
	if err != nil {
		k.err = err
		return err // the last good list stays in force
	}
	k.names, k.err = names, nil
	return nil
}

// parseAuthorizedKeys reads an authorized_keys file whose comments are
// names. A key without a comment, a name that is not printable, or one key
// under two names is an error that says which line.
func parseAuthorizedKeys(path string, data []byte) (map[string]string, error) {
	names := map[string]string{}
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, comment, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: not a public key (%v); each line is one key as in ~/.ssh/id_ed25519.pub, followed by the person's name", path, n+1, err)
		}
		name, err := cleanName(comment)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n+1, err)
		}
		fp := gossh.FingerprintSHA256(key)
		if old, ok := names[fp]; ok && old != name {
			return nil, fmt.Errorf("%s:%d: this key is already listed as %q; one key, one person", path, n+1, old)
		}
		names[fp] = name
	}
	return names, nil
}

// cleanName turns a key comment into a display name: printable, spaces
// collapsed, at most maxNameRunes. Terminal escapes in a name could
// otherwise rewrite the instructor's screen.
func cleanName(comment string) (string, error) {
	if strings.TrimSpace(comment) == "" {
		return "", fmt.Errorf("the key has no comment: write the person's name after the key (ssh-ed25519 AAAA… Ann Lee)")
	}
	if !utf8.ValidString(comment) {
		return "", fmt.Errorf("the name is not valid UTF-8")
	}
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(comment) {
		switch {
		case unicode.IsSpace(r):
			space = true
		case unicode.IsPrint(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			return "", fmt.Errorf("the name %q holds a control character", comment)
		}
	}
	name := b.String()
	if utf8.RuneCountInString(name) > maxNameRunes {
		return "", fmt.Errorf("the name %q is longer than %d characters", name, maxNameRunes)
	}
	return name, nil
}

// openName checks an SSH user name for --open, where it is the learner's
// name: short and plain, so that it can be typed and shown.
func openName(user string) (string, error) {
	if user == "" || len(user) > 32 {
		return "", fmt.Errorf("choose a name of 1 to 32 letters, digits, '.', '-' or '_' as your SSH user: ssh NAME@host")
	}
	for _, r := range user {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_') {
			return "", fmt.Errorf("%q has a character other than letters, digits, '.', '-' and '_': choose another SSH user name (ssh NAME@host)", user)
		}
	}
	return user, nil
}

// personID makes a stable, file-name-safe id from a name: its letters and
// digits (lower case, at most 24) and a short hash, so that "Ann Lee" and
// "ann-lee" stay two people.
func personID(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if b.Len() >= 24 {
			break
		}
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	sum := sha256.Sum256([]byte(name))
	slug := b.String()
	if slug == "" {
		slug = "learner"
	}
	return slug + "-" + hex.EncodeToString(sum[:4])
}

// authority decides who gets in.
type authority struct {
	learners    *keyList // nil with --open
	instructors *keyList // may be nil
	open        bool
	claim       func(name, fingerprint string) bool // --open: the first key to use a name keeps it
}

// allowed is the SSH server's public-key check. It runs before the client
// proves it holds the key, so it only looks the key up.
func (a *authority) allowed(key gossh.PublicKey) bool {
	if _, ok := a.instructors.lookup(key); ok {
		return true
	}
	if a.open {
		return true
	}
	_, ok := a.learners.lookup(key)
	return ok
}

// identify names the person behind an authenticated key. With --open the
// SSH user is the name, and the first key to use a name keeps it: another
// key asking for it is refused with a message saying why.
func (a *authority) identify(key gossh.PublicKey, user string) (Person, error) {
	fp := gossh.FingerprintSHA256(key)
	if name, ok := a.instructors.lookup(key); ok {
		return Person{ID: personID(name), Name: name, Instructor: true, Key: fp}, nil
	}
	if !a.open {
		name, ok := a.learners.lookup(key)
		if !ok {
			return Person{}, fmt.Errorf("your key is not on this class's list")
		}
		return Person{ID: personID(name), Name: name, Key: fp}, nil
	}
	name, err := openName(user)
	if err != nil {
		return Person{}, err
	}
	if a.claim != nil && !a.claim(name, fp) {
		return Person{}, fmt.Errorf("the name %q is taken by someone else's key: choose another (ssh OTHERNAME@host)", name)
	}
	return Person{ID: personID(name), Name: name, Key: fp}, nil
}
