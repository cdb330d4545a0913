// Command goparsebench measures go/parser's throughput over a source tree,
// as the reference for wago's parser benchmark (bench/parse.sh).
//
// It reads every .go file under the root (default $GOROOT/src) into memory
// first, so that no I/O is timed, then parses all of them with GOMAXPROCS
// workers, three times, and prints the best run:
//
//	go/parser: N files, X MB, T s, Y MB/s
package main

import (
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type source struct {
	name string
	text []byte
}

func main() {
	root := filepath.Join(runtime.GOROOT(), "src")
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	files, err := readTree(root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "goparsebench:", err)
		os.Exit(1)
	}
	total := 0
	for _, f := range files {
		total += len(f.text)
	}
	best := time.Duration(1<<63 - 1)
	for run := 0; run < 3; run++ {
		if d := parseAll(files); d < best {
			best = d
		}
	}
	mb := float64(total) / 1e6
	fmt.Printf("go/parser: %d files, %.1f MB, %.3f s, %.1f MB/s\n", len(files), mb, best.Seconds(), mb/best.Seconds())
}

// readTree returns every .go file under root, sorted by path.
func readTree(root string) ([]source, error) {
	var files []source
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".go" || !d.Type().IsRegular() {
			return nil
		}
		text, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		files = append(files, source{path, text})
		return nil
	})
	sort.Slice(files, func(i, j int) bool { return files[i].name < files[j].name })
	return files, err
}

// parseAll parses every file once with a pool of GOMAXPROCS workers and
// returns the wall-clock time taken.
func parseAll(files []source) time.Duration {
	runtime.GC()
	var next atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				fset := token.NewFileSet()
				parser.ParseFile(fset, files[i].name, files[i].text, parser.ParseComments|parser.SkipObjectResolution)
			}
		}()
	}
	wg.Wait()
	return time.Since(start)
}
