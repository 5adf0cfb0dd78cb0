// Package cli knows how the learner runs descent here, so that every command
// descent prints works as typed.
//
// A learner who followed the README runs `go run . check mse` from the
// repository root; one who installed the binary runs `descent check mse`;
// a workshop attendee runs `ssh -p 2323 host submit mse`. Anything that
// prints a command for a person to type builds it with Line.
package cli
