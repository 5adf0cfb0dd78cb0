package main

import "fmt"

// notYet is a placeholder for commands whose packages are being built.
// TODO(remove): every command must be real before a release.
func notYet(env *cmdEnv, name string) int {
	fmt.Fprintf(env.stderr, "descent: %s is not built yet\n", name)
	return 1
}
