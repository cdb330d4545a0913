package os

import (
	"internal/strconv"
	"internal/oserror"
	"io"
	"unsafe"
)

//go:wasmimport wasi_snapshot_preview1 fd_read
func fd_read(fd int32, iovs unsafe.Pointer, iovsLen int32, nread unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 fd_write
func fd_write(fd int32, iovs unsafe.Pointer, iovsLen int32, nwritten unsafe.Pointer) int32

//go:wasmimport wasi_snapshot_preview1 fd_close
func fd_close(fd int32) int32

// File is an open file descriptor. Of upstream's File this overlay has the
// standard streams and descriptors wrapped by NewFile, with Read, Write,
// WriteString, Close, Name and Fd.
type File struct {
	fd     int32
	name   string
	closed bool
}

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// ErrClosed is returned by operations on a closed File (upstream's
// fs.ErrClosed, which is this same value).
var ErrClosed = oserror.ErrClosed

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd: int32(fd), name: name}
}

// Name returns the name of the file as presented to NewFile.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// iovec is a WASI I/O vector: one buffer.
type iovec struct {
	buf    uint32
	bufLen uint32
}

// Read reads up to len(b) bytes from the File and stores them in b. It
// returns the number of bytes read and any error encountered. At end of
// file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	iov := iovec{buf: uint32(uintptr(unsafe.Pointer(&b[0]))), bufLen: uint32(len(b))}
	var got uint32
	if errno := fd_read(f.fd, unsafe.Pointer(&iov), 1, unsafe.Pointer(&got)); errno != 0 {
		return 0, f.wrapErr("read", errno)
	}
	if got == 0 {
		return 0, io.EOF
	}
	return int(got), nil
}

// Write writes len(b) bytes from b to the File. It returns the number of
// bytes written and an error, if any. Write returns a non-nil error when
// n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		iov := iovec{buf: uint32(uintptr(unsafe.Pointer(&b[n]))), bufLen: uint32(len(b) - n)}
		var wrote uint32
		if errno := fd_write(f.fd, unsafe.Pointer(&iov), 1, unsafe.Pointer(&wrote)); errno != 0 {
			return n, f.wrapErr("write", errno)
		}
		n += int(wrote)
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather
// than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write(unsafe.Slice(unsafe.StringData(s), len(s)))
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if errno := fd_close(f.fd); errno != 0 {
		return f.wrapErr("close", errno)
	}
	return nil
}

// checkValid says why f cannot be used for op, if it cannot.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrapErr(op string, errno int32) error {
	return &PathError{Op: op, Path: f.name, Err: Errno(errno)}
}

// ErrInvalid indicates an invalid argument (upstream's fs.ErrInvalid).
var ErrInvalid = oserror.ErrInvalid

// PathError records an error and the operation and file path that caused
// it. (Upstream's is io/fs's PathError, which wago does not compile yet.)
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Errno is a WASI error number. (Upstream's is syscall.Errno.)
type Errno uint16

// errnoText holds WASI error numbers' messages, as syscall words them on
// wasip1.
var errnoText = [...]string{
	2:  "Permission denied",
	6:  "Try again",
	8:  "Bad file number",
	28: "Invalid argument",
	29: "I/O error",
	44: "No such file or directory",
	51: "No space left on device",
	63: "Operation not permitted",
	64: "Broken pipe",
}

func (e Errno) Error() string {
	if int(e) < len(errnoText) && errnoText[e] != "" {
		return errnoText[e]
	}
	return "errno " + strconv.Itoa(int(e))
}
