package runner

import (
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// DefaultDebounce is how long the Watcher waits for a burst of file events
// (an editor's write, rename and chmod) to settle before reporting a save.
const DefaultDebounce = 150 * time.Millisecond

// A Change says an exercise's file was saved.
type Change struct {
	Exercise Exercise
	Path     string
}

// A Watcher reports saves of exercise files on a channel. It watches the
// chapter directories rather than the files, because many editors save by
// writing a new file and renaming it over the old one, which would end a
// watch on the file itself. It does no terminal I/O.
type Watcher struct {
	fs       *fsnotify.Watcher
	changes  chan Change
	errs     chan error
	done     chan struct{}
	closeMu  sync.Once
	wg       sync.WaitGroup
	debounce time.Duration
	files    map[string]Exercise // absolute path → exercise
}

// NewWatcher starts watching the exercises at dir. debounce ≤ 0 means
// DefaultDebounce. Call Close when done.
func NewWatcher(dir string, debounce time.Duration) (*Watcher, error) {
	if debounce <= 0 {
		debounce = DefaultDebounce
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("starting the file watcher: %w", err)
	}
	w := &Watcher{fs: fw, changes: make(chan Change, 16), errs: make(chan error, 4),
		done: make(chan struct{}), debounce: debounce, files: map[string]Exercise{}}
	added := map[string]bool{}
	for _, e := range catalog {
		path := filepath.Join(abs, filepath.FromSlash(e.File))
		w.files[path] = e
		d := filepath.Dir(path)
		if added[d] {
			continue
		}
		if err := fw.Add(d); err != nil {
			fw.Close()
			return nil, fmt.Errorf("watching %s: %w", d, err)
		}
		added[d] = true
	}
	w.wg.Add(1)
	go w.loop()
	return w, nil
}

// Changes delivers one Change per save, after the debounce.
func (w *Watcher) Changes() <-chan Change { return w.changes }

// Errors delivers problems the watcher ran into; it keeps watching.
func (w *Watcher) Errors() <-chan error { return w.errs }

// Close stops watching and closes the Changes channel.
func (w *Watcher) Close() error {
	var err error
	w.closeMu.Do(func() {
		close(w.done)
		err = w.fs.Close()
		w.wg.Wait()
		close(w.changes)
	})
	return err
}

func (w *Watcher) loop() {
	defer w.wg.Done()
	pending := map[string]bool{} // paths saved since the last report
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			// Write and Create cover both an in-place save and a rename over
			// the file; Remove alone (the first half of some saves) is not a
			// save yet.
			if _, known := w.files[ev.Name]; known && ev.Has(fsnotify.Write|fsnotify.Create) {
				pending[ev.Name] = true
				timer.Reset(w.debounce)
			}
		case err, ok := <-w.fs.Errors:
			if !ok {
				return
			}
			select {
			case w.errs <- err:
			default: // nobody listening: drop rather than block the watch
			}
		case <-timer.C:
			for _, e := range catalog { // report in catalog order
				for path := range pending {
					if w.files[path].Name == e.Name {
						select {
						case w.changes <- Change{Exercise: e, Path: path}:
						case <-w.done:
							return
						}
					}
				}
			}
			clear(pending)
		}
	}
}
