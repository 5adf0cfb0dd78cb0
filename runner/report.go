package runner

import (
	"bufio"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
)

// event mirrors exercises/internal/harness's Event: one signed line the
// test harness writes on its report pipe. The two must stay field for
// field the same; the checks of every answer prove they do.
type event struct {
	Seq       int      `json:"seq"`
	Kind      string   `json:"kind"`
	Test      string   `json:"test,omitempty"`
	Tests     []string `json:"tests,omitempty"`
	Msg       string   `json:"msg,omitempty"`
	Stack     string   `json:"stack,omitempty"`
	Failed    bool     `json:"failed,omitempty"`
	Skipped   bool     `json:"skipped,omitempty"`
	Completed bool     `json:"completed,omitempty"`
	Millis    int64    `json:"ms,omitempty"`
	Code      int      `json:"code,omitempty"`
	MAC       string   `json:"mac,omitempty"`
}

// sign is harness.Sign.
func sign(key []byte, e event) string {
	e.MAC = ""
	body, _ := json.Marshal(e)
	h := hmac.New(sha256.New, key)
	h.Write(body)
	return hex.EncodeToString(h.Sum(nil))
}

// newKey is a fresh secret for one run.
func newKey() []byte {
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		panic("descent: no randomness for the check's key: " + err.Error())
	}
	return key
}

type readEvents struct {
	events   []event
	tampered string
}

// Limits on what the report pipe may carry: the harness sends a few lines
// per test; anything near these is not the harness.
const (
	maxEvents    = 20000
	maxEventLine = 1 << 20
)

// readReport reads the harness's events until the pipe closes, keeping
// only those signed with key in sequence. Anything else on the pipe (a
// line the code under test wrote, a forged or replayed event) marks the
// whole report as tampered with: the check then cannot pass.
func readReport(r io.Reader, key []byte) readEvents {
	var out readEvents
	br := bufio.NewReaderSize(r, 64<<10)
	next := 1
	for {
		line, err := readLine(br, maxEventLine)
		if len(line) > 0 && out.tampered == "" {
			var e event
			switch {
			case json.Unmarshal(line, &e) != nil:
				out.tampered = "a line on the test harness's report channel is not the harness's"
			case !hmac.Equal([]byte(e.MAC), []byte(sign(key, e))):
				out.tampered = "an event on the test harness's report channel was not signed by the harness"
			case e.Seq != next:
				out.tampered = "the test harness's events arrived out of order"
			case len(out.events) >= maxEvents:
				out.tampered = "too many events on the test harness's report channel"
			default:
				out.events = append(out.events, e)
				next++
			}
		}
		if err != nil {
			return out
		}
	}
}

// readLine reads one line, cutting it at max bytes (the rest is skipped).
func readLine(br *bufio.Reader, max int) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(line)+len(chunk) <= max {
			line = append(line, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if n := len(line); n > 0 && line[n-1] == '\n' {
			line = line[:n-1]
		}
		return line, err
	}
}
