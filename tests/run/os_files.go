// Files and directories through upstream os over WASI: create, write,
// read, append, stat, list, rename, remove, and the errors for missing
// files (the case runs in a fresh directory: os_files.run says fs).
package main

import (
	"bufio"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

func check(err error) {
	if err != nil {
		println("error:", err.Error())
	}
}

func main() {
	check(os.WriteFile("a.txt", []byte("alpha\nbeta\n"), 0o644))
	data, err := os.ReadFile("a.txt")
	check(err)
	println(string(data))

	f, err := os.OpenFile("a.txt", os.O_APPEND|os.O_WRONLY, 0)
	check(err)
	w := bufio.NewWriter(f)
	w.WriteString("gamma\n")
	check(w.Flush())
	check(f.Close())

	check(os.MkdirAll(filepath.Join("sub", "deeper"), 0o755))
	check(os.WriteFile(filepath.Join("sub", "b.txt"), []byte(strings.Repeat("x", 1000)), 0o600))
	info, err := os.Stat(filepath.Join("sub", "b.txt"))
	check(err)
	println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular())
	dinfo, err := os.Stat("sub")
	check(err)
	println(dinfo.IsDir())

	entries, err := os.ReadDir("sub")
	check(err)
	names := []string{}
	for _, e := range entries {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	println(strings.Join(names, ","))

	r, err := os.Open("a.txt")
	check(err)
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		print(n, ":", sc.Text(), " ")
	}
	println()
	r.Seek(6, io.SeekStart)
	rest, _ := io.ReadAll(r)
	println(strings.TrimSpace(string(rest)))
	check(r.Close())

	check(os.Rename("a.txt", "c.txt"))
	_, err = os.Stat("a.txt")
	println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	_, err = os.ReadFile("missing.txt")
	var pe *fs.PathError
	println(errors.As(err, &pe), pe.Op, pe.Path)
	check(os.Remove("c.txt"))
	check(os.RemoveAll("sub"))
	left, _ := os.ReadDir(".")
	println(len(left))
}
