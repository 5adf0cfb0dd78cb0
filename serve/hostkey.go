package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"

	gossh "golang.org/x/crypto/ssh"

	"descent/runner"
)

// HostKeyFile is the host key's name inside --dir.
const HostKeyFile = "host_ed25519_key"

// loadHostKey reads the server's private key from path, creating an
// Ed25519 key there the first time. Keeping it is what lets attendees'
// ssh recognize the server after a restart instead of warning them of a
// changed host key. It reports whether the key is new.
func loadHostKey(path string) (gossh.Signer, bool, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		_, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, false, err
		}
		block, err := gossh.MarshalPrivateKey(priv, "descent host key")
		if err != nil {
			return nil, false, err
		}
		data = pem.EncodeToMemory(block)
		if err := runner.WriteFileAtomic(path, data, 0o600); err != nil {
			return nil, false, fmt.Errorf("writing the host key: %w", err)
		}
		signer, err := gossh.NewSignerFromKey(priv)
		return signer, true, err
	}
	if err != nil {
		return nil, false, fmt.Errorf("reading the host key: %w", err)
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, false, fmt.Errorf("%s is not a private key without a passphrase: %v", path, err)
	}
	return signer, false, nil
}
