package main

func runChapters(args []string, env *cmdEnv) int { return notYet(env, "chapters") }
func runRead(args []string, env *cmdEnv) int     { return notYet(env, "read") }
func runCell(args []string, env *cmdEnv) int     { return notYet(env, "run") }
