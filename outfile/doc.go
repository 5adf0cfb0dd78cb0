// Package outfile writes the files a command was asked to produce without
// ever losing one the user already had.
//
// Three promises, each from a way a learner's file was once lost:
//
//   - Check runs before any work. It refuses an output that is also an
//     input of the same run or another of its outputs (paths compared after
//     following symlinks, and as files, so a hard link counts too), and it
//     proves each output's directory writable by creating and removing a
//     probe file. A long training run never ends in "could not save".
//   - Write is atomic: the bytes go to a temporary file beside the target,
//     which is renamed over it only once complete, so a crash or a full disk
//     leaves the old file as it was. A new file gets the mode an ordinary
//     file gets under the user's umask (0644 usually); an existing file
//     keeps its mode. A symlink is written through, to its target, and stays
//     a symlink.
//   - No message names the temporary file: errors speak of the path the
//     user typed.
package outfile
