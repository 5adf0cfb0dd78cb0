package main

func runTrace(args []string, env *cmdEnv) int { return notYet(env, "trace") }
