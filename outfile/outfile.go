package outfile

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A File is a path a command was given, with the flag that named it
// ("--history"), so that messages can say which one is wrong.
type File struct {
	Flag string
	Path string
}

func (f File) String() string { return f.Flag + " " + f.Path }

// Check is what a command calls before it starts working. It returns an
// error when an output
//
//   - is the same file as one of the inputs ("would overwrite the input"),
//   - is the same file as another output,
//   - is a directory, a device or another file that is not a regular file,
//   - exists and is read-only, or
//   - lies in a directory that does not exist or cannot be written (tested
//     by creating and removing a probe file there).
//
// Inputs and outputs with an empty Path are ignored. The error starts with
// the output's flag and path.
func Check(inputs, outputs []File) error {
	var outs []File
	for _, o := range outputs {
		if o.Path != "" {
			outs = append(outs, o)
		}
	}
	for i, o := range outs {
		if err := checkWritable(o.Path); err != nil {
			return fmt.Errorf("%s: %v", o, err)
		}
		for _, in := range inputs {
			if in.Path != "" && Same(in.Path, o.Path) {
				return fmt.Errorf("%s is the same file as the input %s; refusing to overwrite an input (choose another name)", o, in)
			}
		}
		for _, earlier := range outs[:i] {
			if Same(earlier.Path, o.Path) {
				return fmt.Errorf("%s and %s are the same file; give each output its own name", earlier, o)
			}
		}
	}
	return nil
}

// Same reports whether two paths name the same file: equal after following
// symlinks and making them absolute, or, when both exist, the same file on
// disk (a hard link, or a case-insensitive file system).
func Same(a, b string) bool {
	ka, errA := canonical(a)
	kb, errB := canonical(b)
	if errA == nil && errB == nil && ka == kb {
		return true
	}
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}

// checkWritable says why path could not be written later, or nil.
func checkWritable(path string) error {
	target, err := resolve(path)
	if err != nil {
		return errors.New(reason(err, "", ""))
	}
	if info, err := os.Stat(target); err == nil {
		if err := regular(info); err != nil {
			return err
		}
		if info.Mode().Perm()&0o222 == 0 {
			return fmt.Errorf("is read-only (mode %04o); make it writable or choose another name", info.Mode().Perm())
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return errors.New(reason(err, "", ""))
	}
	dir := filepath.Dir(target)
	shown := filepath.Dir(path) // the directory as the user wrote it
	if target != path {
		shown = dir
	}
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("directory %s does not exist", shown)
	case err != nil:
		return fmt.Errorf("directory %s: %s", shown, reason(err, "", ""))
	case !info.IsDir():
		return fmt.Errorf("%s is not a directory", shown)
	}
	f, probe, err := createBeside(dir, "probe")
	if err != nil {
		return fmt.Errorf("cannot write in directory %s: %s", shown, reason(err, "", ""))
	}
	f.Close()
	os.Remove(probe)
	return nil
}

// regular refuses what is not a plain file: renaming over /dev/null or a
// named pipe would replace it, which is never what a learner meant.
func regular(info fs.FileInfo) error {
	m := info.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return errors.New("is a directory")
	case m&fs.ModeDevice != 0:
		return errors.New("is a device, not a regular file; give a file name")
	case m&fs.ModeNamedPipe != 0:
		return errors.New("is a named pipe, not a regular file; give a file name")
	}
	return errors.New("is not a regular file; give a file name")
}

// Write writes what write produces to path, atomically (see the package
// documentation). On any error the file at path is left as it was and no
// temporary file remains.
func Write(path string, write func(io.Writer) error) error {
	target, err := resolve(path)
	if err != nil {
		return fmt.Errorf("%s: %s", path, reason(err, "", ""))
	}
	existing, err := os.Stat(target) // nil for a new file, created under the umask
	if err == nil {
		if err := regular(existing); err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
	} else {
		existing = nil
	}
	f, tmp, err := createBeside(filepath.Dir(target), filepath.Base(target))
	if err != nil {
		return fmt.Errorf("cannot write %s: %s", path, reason(err, "", ""))
	}
	done := false
	defer func() {
		if !done {
			f.Close()
			os.Remove(tmp)
		}
	}()
	fail := func(err error) error {
		return fmt.Errorf("writing %s: %s", path, reason(err, tmp, path))
	}
	if existing != nil {
		if err := f.Chmod(existing.Mode().Perm()); err != nil {
			return fail(err)
		}
	}
	bw := bufio.NewWriter(f)
	if err := write(bw); err != nil {
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		return fail(err)
	}
	if err := f.Sync(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp, target); err != nil {
		return fail(err)
	}
	done = true
	return nil
}

// WriteFile writes data to path with Write.
func WriteFile(path string, data []byte) error {
	return Write(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// createBeside creates a new, hidden file in dir. Its permissions are
// 0666 less the umask: the mode an ordinary new file gets, which the final
// file keeps (os.CreateTemp would give 0600).
func createBeside(dir, base string) (*os.File, string, error) {
	for range 100 {
		name := filepath.Join(dir, "."+base+".descent-"+strconv.FormatUint(rand.Uint64(), 36))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, name, err
	}
	return nil, "", errors.New("could not find an unused temporary name")
}

// resolve follows path while it is a symlink, even to a file that does not
// exist yet, and returns the path of the file a write should replace.
func resolve(path string) (string, error) {
	p := path
	for hops := 0; ; hops++ {
		info, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return p, nil
		}
		if err != nil {
			return "", err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			return p, nil
		}
		if hops == 40 {
			return "", errors.New("too many levels of symbolic links")
		}
		link, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			// Relative to the link's real directory, which matters when
			// the link says "../x" from inside a symlinked directory.
			dir := filepath.Dir(p)
			if real, err := filepath.EvalSymlinks(dir); err == nil {
				dir = real
			}
			link = filepath.Join(dir, link)
		}
		p = link
	}
}

// canonical is the absolute path of the file path names, every symlink
// followed: two paths with the same canonical form are the same file.
func canonical(path string) (string, error) {
	target, err := resolve(path)
	if err != nil {
		return "", err
	}
	dir := filepath.Dir(target)
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	return filepath.Abs(filepath.Join(dir, filepath.Base(target)))
}

// reason is err's message for a person: the failing system call's reason
// without the path (which the caller states), and never the temporary
// file's name.
func reason(err error, tmp, path string) string {
	var pe *fs.PathError
	if errors.As(err, &pe) && err == error(pe) {
		return pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) && err == error(le) {
		return le.Err.Error()
	}
	msg := err.Error()
	if tmp != "" {
		msg = strings.ReplaceAll(msg, tmp, path)
	}
	return msg
}
