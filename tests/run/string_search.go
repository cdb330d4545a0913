package main

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s string, sep byte) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func trim(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	return s
}

func main() {
	println(index("hello world", "wor"), index("abc", "d"), index("aaa", ""), index("", "a"))
	parts := split("a,b,,c,", ',')
	println(len(parts))
	for _, p := range parts {
		print("[", p, "]")
	}
	println()
	println(hasPrefix("golang", "go"), hasPrefix("go", "golang"))
	println("["+trim("   padded  ")+"]", "["+trim("    ")+"]")
	count := 0
	text := "the cat sat on the mat with the hat"
	for i := 0; ; {
		j := index(text[i:], "the")
		if j < 0 {
			break
		}
		count++
		i += j + 1
	}
	println(count)
}
