// os.Stdin, os.Stdout and os.Stderr as Files, with bufio and io on top:
// reading lines from the standard input (os_stdio.stdin).
package main

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	os.Stdout.WriteString("to stdout\n")
	os.Stderr.Write([]byte("to stderr\n"))
	io.WriteString(os.Stdout, "via io\n")
	out := bufio.NewWriter(os.Stdout)
	sc := bufio.NewScanner(os.Stdin)
	lines, words, total := 0, 0, 0
	for sc.Scan() {
		lines++
		for _, f := range strings.Fields(sc.Text()) {
			words++
			if n, err := strconv.Atoi(f); err == nil {
				total += n
			}
		}
		out.WriteString(strings.ToUpper(sc.Text()))
		out.WriteByte('\n')
	}
	out.WriteString("lines " + strconv.Itoa(lines) + " words " + strconv.Itoa(words) + " sum " + strconv.Itoa(total) + "\n")
	out.Flush()
	println(sc.Err() == nil, os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Fd())
	_, err := os.Stdin.Read(make([]byte, 4))
	println(err == io.EOF)
	// Closing standard output: later writes fail.
	f := os.NewFile(1, "out")
	println(f.Close() == nil)
	_, err = f.Write([]byte("x"))
	println(err.Error(), errors.Is(err, os.ErrClosed))
}
