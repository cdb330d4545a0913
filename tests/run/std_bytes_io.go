// Packages bytes and io from GOROOT: buffers, readers and the io helpers
// that need no goroutine.
package main

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	println(line, err == nil, buf.String())
	b := []byte("  Go is fun, go is fast  ")
	println(string(bytes.TrimSpace(b)), bytes.Count(b, []byte("go")), bytes.Index(b, []byte("is")))
	println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.HasPrefix(b, []byte("  G")))
	println(string(bytes.Join(bytes.Fields(b), []byte("_"))), string(bytes.Title([]byte("abc def"))))
	println(string(bytes.Map(unicode.ToUpper, []byte("shout"))), string(bytes.Repeat([]byte("-"), 5)))
	parts := bytes.Split([]byte("a:b:c"), []byte(":"))
	println(len(parts), string(parts[2]), bytes.ContainsRune(b, 'f'), bytes.IndexByte(b, 'f'))

	data, err := io.ReadAll(strings.NewReader("read all of this"))
	println(string(data), err == nil)
	var out bytes.Buffer
	n, err := io.Copy(&out, io.LimitReader(strings.NewReader("0123456789"), 4))
	println(n, err == nil, out.String())
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"))
	all, _ := io.ReadAll(upper{mr})
	println(string(all))
	p := make([]byte, 3)
	_, err = io.ReadFull(strings.NewReader("xy"), p)
	println(errors.Is(err, io.ErrUnexpectedEOF), err.Error())
	r := bytes.NewReader([]byte("seekable"))
	r.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(r)
	println(string(rest))
	var sb strings.Builder
	w := io.MultiWriter(&sb, &out)
	io.WriteString(w, "+both")
	println(sb.String(), out.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	sec, _ := io.ReadAll(sr)
	println(string(sec), sr.Size())
	_, err = strings.NewReader("").Read(p)
	println(err == io.EOF)
}
