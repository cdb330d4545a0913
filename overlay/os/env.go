package os

import "unsafe"

// The environment, read from WASI on first use, as upstream's syscall
// package keeps it: "key=value" strings, a later duplicate of a key
// blanked, and the index of each key's first mention.
var (
	envs     []string
	envIndex map[string]int
	envRead  bool
)

func copyenv() {
	if envRead {
		return
	}
	envRead = true
	var count, bufLen uint32
	if environ_sizes_get(unsafe.Pointer(&count), unsafe.Pointer(&bufLen)) == 0 && count > 0 {
		ptrs := make([]uint32, count)
		buf := make([]byte, bufLen)
		if environ_get(unsafe.Pointer(&ptrs[0]), unsafe.Pointer(&buf[0])) == 0 {
			envs = wasiStrings(ptrs, buf)
		}
	}
	envIndex = make(map[string]int)
	for i, s := range envs {
		for j := 0; j < len(s); j++ {
			if s[j] == '=' {
				key := s[:j]
				if _, ok := envIndex[key]; !ok {
					envIndex[key] = i
				} else {
					envs[i] = ""
				}
				break
			}
		}
	}
}

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
// To distinguish between an empty value and an unset value, use LookupEnv.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named
// by the key. If the variable is present in the environment the
// value (which may be empty) is returned and the boolean is true.
// Otherwise the returned value will be empty and the boolean will
// be false.
func LookupEnv(key string) (string, bool) {
	copyenv()
	if len(key) == 0 {
		return "", false
	}
	i, ok := envIndex[key]
	if !ok {
		return "", false
	}
	s := envs[i]
	for j := 0; j < len(s); j++ {
		if s[j] == '=' {
			return s[j+1:], true
		}
	}
	return "", false
}

// Environ returns a copy of strings representing the environment,
// in the form "key=value".
func Environ() []string {
	copyenv()
	a := make([]string, 0, len(envs))
	for _, env := range envs {
		if env != "" {
			a = append(a, env)
		}
	}
	return a
}
