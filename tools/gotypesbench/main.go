// Command gotypesbench measures go/types on the standard library, as the
// reference for wago's type-checking benchmark (bench/check.sh).
//
// Cold, from source, like `wago check std`: it selects every std package's
// files for a target with go/build (GOOS/GOARCH from the environment,
// default wasip1/wasm; std's imports of golang.org/x/... resolve to
// GOROOT/src/vendor), reads and parses them (in parallel, one goroutine per
// package, as wago's loader does), then type-checks the packages one at a
// time in dependency order with gc's sizes for the target, and prints:
//
//	go/types: N packages, E errors, load+parse T s, check T s, total T s
package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

type pkg struct {
	path    string
	dir     string
	files   []*ast.File
	imports []string
	types   *types.Package
	err     error
}

func main() {
	start := time.Now()
	ctx := build.Default
	ctx.GOOS = env("GOOS", "wasip1")
	ctx.GOARCH = env("GOARCH", "wasm")
	ctx.CgoEnabled = false
	// As wago's loader: no GOEXPERIMENT tags (the host's would leak in).
	ctx.ToolTags = nil
	src := filepath.Join(ctx.GOROOT, "src")
	if ctx.GOROOT == "" {
		src = filepath.Join(runtime.GOROOT(), "src")
	}
	dirs, err := stdDirs(src)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gotypesbench:", err)
		os.Exit(1)
	}
	fset := token.NewFileSet()
	pkgs := load(&ctx, fset, src, dirs)
	loaded := time.Now()

	conf := types.Config{
		Sizes:    types.SizesFor("gc", ctx.GOARCH),
		Error:    func(error) {},
		Importer: nil,
	}
	errs := 0
	var check func(path string) *types.Package
	imp := importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		if t := check(path); t != nil {
			return t, nil
		}
		return nil, fmt.Errorf("package %s not found", path)
	})
	conf.Importer = imp
	check = func(path string) *types.Package {
		p := pkgs[path]
		if p == nil {
			p = pkgs["vendor/"+path]
		}
		if p == nil || p.err != nil {
			return nil
		}
		if p.types != nil {
			return p.types
		}
		for _, i := range p.imports {
			check(i)
		}
		c := conf
		c.Error = func(err error) {
			errs++
			if os.Getenv("GOTYPESBENCH_V") != "" {
				fmt.Fprintln(os.Stderr, err)
			}
		}
		t, _ := c.Check(p.path, fset, p.files, nil)
		p.types = t
		return t
	}
	paths := make([]string, 0, len(pkgs))
	for path := range pkgs {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	for _, path := range paths {
		check(path)
	}
	done := time.Now()
	fmt.Printf("go/types: %d packages, %d errors, load+parse %.3f s, check %.3f s, total %.3f s\n",
		len(pkgs), errs, loaded.Sub(start).Seconds(), done.Sub(loaded).Seconds(), done.Sub(start).Seconds())
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// stdDirs lists the package directories of std: everything under src but
// cmd, testdata and directories starting with '.' or '_'.
func stdDirs(src string) ([]string, error) {
	var dirs []string
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		name := d.Name()
		rel, _ := filepath.Rel(src, path)
		if rel == "cmd" || name == "testdata" || (path != src && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_"))) {
			return filepath.SkipDir
		}
		if path != src {
			dirs = append(dirs, filepath.ToSlash(rel))
		}
		return nil
	})
	return dirs, err
}

// load selects and parses every package's files, a goroutine per package.
func load(ctx *build.Context, fset *token.FileSet, src string, dirs []string) map[string]*pkg {
	var mu sync.Mutex
	pkgs := map[string]*pkg{}
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, dir := range dirs {
		wg.Add(1)
		go func(dir string) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			bp, err := ctx.ImportDir(filepath.Join(src, dir), 0)
			if err != nil || bp.Name == "main" || dir == "builtin" {
				return
			}
			p := &pkg{path: dir, dir: bp.Dir}
			for _, name := range bp.GoFiles {
				f, err := parser.ParseFile(fset, filepath.Join(bp.Dir, name), nil, parser.SkipObjectResolution)
				if err != nil {
					p.err = err
				}
				p.files = append(p.files, f)
			}
			for _, i := range bp.Imports {
				if strings.HasPrefix(i, "golang.org/x/") {
					i = "vendor/" + i
				}
				p.imports = append(p.imports, i)
			}
			mu.Lock()
			pkgs[dir] = p
			mu.Unlock()
		}(dir)
	}
	wg.Wait()
	return pkgs
}
