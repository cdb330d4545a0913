// Command goparsedump prints go/parser's syntax tree of Go files in the
// normalised text form that wago's `wago_syntax::dump` also prints, so the
// two parsers can be compared line by line (crates/wago-syntax/tests/goparser_diff.rs).
//
// Usage:
//
//	goparsedump [-errors] [ROOT...]
//
// With ROOT arguments it dumps every .go file under them (sorted); without,
// it reads one file path per line from stdin. For each file it prints a
// header line "== path" and then either the tree (when go/parser accepts the
// file) or one "ERR line:col: msg" line per error. With -errors it prints
// only the errors, as "line:col: msg" lines, for a single file argument.
//
// The tree is printed by walking go/ast's structs with reflection, so no
// field is forgotten: one line per node, pre-order, indented two spaces per
// depth (">depth " beyond depth 64), "Field: Kind pos-end" followed by the node's scalar fields in
// declaration order (positions as byte offsets, "-" for token.NoPos).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
)

const mode = parser.ParseComments | parser.SkipObjectResolution

var treesOfRejected bool

func main() {
	errorsOnly := flag.Bool("errors", false, "print only the diagnostics of one file, as line:col: msg")
	flag.BoolVar(&treesOfRejected, "trees", false, "print the (partial) tree of rejected files too, after their errors")
	flag.Parse()
	if *errorsOnly {
		for _, path := range flag.Args() {
			src, err := os.ReadFile(path)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			fset := token.NewFileSet()
			_, perr := parser.ParseFile(fset, path, src, mode)
			for _, e := range errorList(perr, true) {
				fmt.Printf("%s\n", formatError(theFile(fset), e))
			}
		}
		return
	}
	paths := flag.Args()
	if len(paths) > 0 {
		paths = walkRoots(paths)
	} else {
		sc := bufio.NewScanner(os.Stdin)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" {
				paths = append(paths, line)
			}
		}
	}
	dumpAll(paths)
}

func walkRoots(roots []string) []string {
	var paths []string
	for _, root := range roots {
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
				paths = append(paths, path)
			}
			return nil
		})
	}
	sort.Strings(paths)
	return paths
}

// dumpAll dumps the files in parallel and prints the blocks in order.
func dumpAll(paths []string) {
	out := make([]chan string, len(paths))
	for i := range out {
		out[i] = make(chan string, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] <- dumpFile(paths[i])
			}
		}()
	}
	go func() {
		for i := range paths {
			jobs <- i
		}
		close(jobs)
	}()
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	for i := range paths {
		w.WriteString(<-out[i])
	}
	w.Flush()
	wg.Wait()
}

func dumpFile(path string) string {
	var b strings.Builder
	b.WriteString("== " + path + "\n")
	src, err := os.ReadFile(path)
	if err != nil {
		b.WriteString("READ " + err.Error() + "\n")
		return b.String()
	}
	fset := token.NewFileSet()
	f, perr := parser.ParseFile(fset, path, src, mode)
	if perr != nil {
		for _, e := range errorList(perr, false) {
			b.WriteString("ERR " + formatError(theFile(fset), e) + "\n")
		}
		if !treesOfRejected {
			return b.String()
		}
	}
	d := dumper{file: theFile(fset), b: &b}
	d.node("File", reflect.ValueOf(f), 0)
	return b.String()
}

// errorList returns go/parser's errors, sorted. With -errors only the
// first error of each line is kept, as gofmt -e and go vet show them; the
// differential test compares them all.
func errorList(err error, onePerLine bool) scanner.ErrorList {
	if err == nil {
		return nil
	}
	list, ok := err.(scanner.ErrorList)
	if !ok {
		return scanner.ErrorList{&scanner.Error{Msg: err.Error()}}
	}
	if onePerLine {
		list.RemoveMultiples()
	}
	// go/parser sorts by position after //line directives; order by byte
	// offset instead, the physical order wago reports in.
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i].Pos, list[j].Pos
		return a.Offset < b.Offset || a.Offset == b.Offset && list[i].Msg < list[j].Msg
	})
	return list
}

// formatError prints an error at its physical line and column (ignoring
// //line directives): the position wago computes from byte offsets.
func formatError(file *token.File, e *scanner.Error) string {
	line, col := 0, 0
	if file != nil {
		p := file.PositionFor(file.Pos(e.Pos.Offset), false)
		line, col = p.Line, p.Column
	}
	// A message may quote a multi-line raw string: keep it on one line.
	return fmt.Sprintf("%d:%d: %s", line, col, strings.ReplaceAll(e.Msg, "\n", `\n`))
}

// theFile is the one file of fset.
func theFile(fset *token.FileSet) (file *token.File) {
	fset.Iterate(func(f *token.File) bool {
		file = f
		return false
	})
	return file
}

type dumper struct {
	file *token.File
	b    *strings.Builder
}

var (
	posType          = reflect.TypeFor[token.Pos]()
	tokenType        = reflect.TypeFor[token.Token]()
	chanDirType      = reflect.TypeFor[ast.ChanDir]()
	commentGroupType = reflect.TypeFor[*ast.CommentGroup]()
	nodeType         = reflect.TypeFor[ast.Node]()
	scopeType        = reflect.TypeFor[*ast.Scope]()
	objectType       = reflect.TypeFor[*ast.Object]()
)

// How a struct field is printed.
type fieldKind int

const (
	skipField     fieldKind = iota // object resolution is skipped (SkipObjectResolution)
	posField                       // token.Pos: a byte offset
	tokenField                     // token.Token
	intField                       // ast.ChanDir
	stringField                    // escaped
	boolField                      // true or false
	groupRefField                  // an attached *ast.CommentGroup, by position
	importsField                   // File.Imports: the specs' positions
	childField                     // a node: printed on its own line
	childrenField                  // a slice of nodes
)

type fieldPlan struct {
	index int
	name  string
	kind  fieldKind
}

// plans caches how each node type's fields are printed, in declaration order.
var plans sync.Map // reflect.Type -> []fieldPlan

func planOf(t reflect.Type) []fieldPlan {
	if p, ok := plans.Load(t); ok {
		return p.([]fieldPlan)
	}
	var plan []fieldPlan
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		var k fieldKind
		switch {
		case f.Type == posType:
			k = posField
		case f.Type == tokenType:
			k = tokenField
		case f.Type == chanDirType:
			k = intField
		case f.Type.Kind() == reflect.String:
			k = stringField
		case f.Type.Kind() == reflect.Bool:
			k = boolField
		case f.Type == commentGroupType:
			k = groupRefField
		case f.Type == scopeType || f.Type == objectType || f.Name == "Unresolved":
			k = skipField
		case f.Name == "Imports":
			k = importsField
		case f.Type.Implements(nodeType):
			k = childField
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Implements(nodeType):
			k = childrenField
		default:
			panic(fmt.Sprintf("goparsedump: unhandled field %s.%s of type %s", t.Name(), f.Name, f.Type))
		}
		plan = append(plan, fieldPlan{i, f.Name, k})
	}
	plans.Store(t, plan)
	return plan
}

// pos prints p as fset.Position(p).Offset would give it: "-" for NoPos,
// and 0 for a position outside the file.
func (d *dumper) pos(p token.Pos) string {
	if !p.IsValid() {
		return "-"
	}
	base := d.file.Base()
	if int(p) < base || int(p) > base+d.file.Size() {
		return "0"
	}
	return strconv.Itoa(int(p) - base)
}

func (d *dumper) scalar(name, value string) {
	d.b.WriteByte(' ')
	d.b.WriteString(name)
	d.b.WriteByte('=')
	d.b.WriteString(value)
}

// node prints one node line and then its children, one level deeper.
func (d *dumper) node(label string, v reflect.Value, depth int) {
	d.b.WriteString(indent(depth))
	d.b.WriteString(label)
	d.b.WriteString(": ")
	if v.Kind() == reflect.Interface {
		v = v.Elem() // an ast.Expr, ast.Stmt, ...: the concrete node
	}
	if !v.IsValid() || v.IsNil() {
		d.b.WriteString("nil\n")
		return
	}
	n := v.Interface().(ast.Node)
	s := v.Elem()
	t := s.Type()
	d.b.WriteString(t.Name())
	d.b.WriteByte(' ')
	d.b.WriteString(d.pos(n.Pos()))
	d.b.WriteByte('-')
	d.b.WriteString(d.pos(n.End()))
	plan := planOf(t)
	for _, f := range plan {
		fv := s.Field(f.index)
		switch f.kind {
		case posField:
			d.scalar(f.name, d.pos(token.Pos(fv.Int())))
		case tokenField:
			d.scalar(f.name, token.Token(fv.Int()).String())
		case intField:
			d.scalar(f.name, strconv.FormatInt(fv.Int(), 10))
		case stringField:
			d.scalar(f.name, escape(fv.String()))
		case boolField:
			d.scalar(f.name, strconv.FormatBool(fv.Bool()))
		case groupRefField:
			d.scalar(f.name, d.groupRef(fv))
		case importsField:
			refs := make([]string, fv.Len())
			for j := range refs {
				refs[j] = d.pos(fv.Index(j).Interface().(ast.Node).Pos())
			}
			d.scalar(f.name, "["+strings.Join(refs, ",")+"]")
		}
	}
	if lit, ok := n.(*ast.BasicLit); ok && (lit.Kind == token.STRING || lit.Kind == token.CHAR) {
		d.scalar("Unquoted", unquoted(lit.Value))
	}
	d.b.WriteByte('\n')
	for _, f := range plan {
		switch f.kind {
		case childField:
			d.node(f.name, s.Field(f.index), depth+1)
		case childrenField:
			fv := s.Field(f.index)
			for j := 0; j < fv.Len(); j++ {
				d.node(f.name, fv.Index(j), depth+1)
			}
		}
	}
}

// maxIndent is the deepest level indented with spaces; deeper lines start
// with ">depth " instead, so that the output of deeply nested code stays
// linear in its size.
const maxIndent = 64

func indent(depth int) string {
	if depth > maxIndent {
		return ">" + strconv.Itoa(depth) + " "
	}
	return strings.Repeat("  ", depth)
}

// groupRef names an attached comment group by its position.
func (d *dumper) groupRef(v reflect.Value) string {
	if v.IsNil() {
		return "nil"
	}
	return "@" + d.pos(v.Interface().(*ast.CommentGroup).Pos())
}

// unquoted is the decoded value of a string or rune literal, escaped.
func unquoted(lit string) string {
	s, err := strconv.Unquote(lit)
	if err != nil {
		return "!"
	}
	return escape(s)
}

// escape quotes s, writing printable ASCII as is and every other byte
// (and '"' and '\\') as \xNN, so both dumpers agree byte for byte.
func escape(s string) string {
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		plain = s[i] >= 0x20 && s[i] < 0x7f && s[i] != '"' && s[i] != '\\'
	}
	if plain {
		return `"` + s + `"`
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "\\x%02x", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
