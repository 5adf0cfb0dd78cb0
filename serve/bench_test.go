package serve

import (
	"context"
	"fmt"
	"testing"

	"descent/runner"
)

// BenchmarkCheck is one check of a fresh file (a unique comment defeats
// any cache but the build cache), with and without the sandbox.
func BenchmarkCheck(b *testing.B) {
	e, _ := runner.Find("mse")
	src, _ := runner.Answer(e)
	for _, sandboxed := range []bool{false, true} {
		b.Run(fmt.Sprintf("sandbox=%v", sandboxed), func(b *testing.B) {
			c := runner.Checker{}
			if sandboxed {
				sb, err := findSandbox()
				if err != nil {
					b.Skip(err)
				}
				c.Sandbox = sb.wrap
			}
			c.CheckSource(context.Background(), e, src)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				s := append(append([]byte(nil), src...), fmt.Sprintf("\n// %d\n", i)...)
				if r := c.CheckSource(context.Background(), e, s); !r.OK() {
					b.Fatal(r.Report())
				}
			}
		})
	}
}
