package book

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
)

// FuncSource returns the source of the top-level function (or method) name
// in the Go file src, doc comment included, exactly as written.
func FuncSource(src []byte, name string) (string, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		return "", err
	}
	for _, decl := range file.Decls {
		fn, ok := decl.(*ast.FuncDecl)
		if !ok || fn.Name.Name != name {
			continue
		}
		start := fn.Pos()
		if fn.Doc != nil {
			start = fn.Doc.Pos()
		}
		return string(src[fset.Position(start).Offset:fset.Position(fn.End()).Offset]), nil
	}
	return "", fmt.Errorf("no function %s in the source", name)
}

// MustSource is FuncSource for a chapter's own embedded file, at package
// initialisation. It panics if the function is missing: that is a bug in
// the chapter caught by every test run, never something a learner can cause.
func MustSource(src []byte, name string) string {
	s, err := FuncSource(src, name)
	if err != nil {
		panic(err)
	}
	return s
}
