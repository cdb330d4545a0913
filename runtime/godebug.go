// What internal/godebug and syscall's environment ask of the runtime:
// the GODEBUG settings and their changes. wago writes no default GODEBUG
// into modules (the module's go version is the toolchain's), so the
// default is "" and the environment's GODEBUG is what counts.

package runtime

// godebugUpdate is internal/godebug's callback for new settings.
var godebugUpdate func(string, string)

//go:linkname godebug_setUpdate internal/godebug.setUpdate
func godebug_setUpdate(update func(string, string)) {
	godebugUpdate = update
	update("", godebugEnv())
}

// godebugEnv is the environment's GODEBUG.
func godebugEnv() string {
	const key = "GODEBUG="
	for _, kv := range syscall_runtime_envs() {
		if len(kv) >= len(key) && kv[:len(key)] == key {
			return kv[len(key):]
		}
	}
	return ""
}

// runtime/metrics is not provided, so no metric is ever read.
//
//go:linkname godebug_registerMetric internal/godebug.registerMetric
func godebug_registerMetric(name string, read func() uint64) {}

// The runtime has no GODEBUG settings of its own to count.
//
//go:linkname godebug_setNewIncNonDefault internal/godebug.setNewIncNonDefault
func godebug_setNewIncNonDefault(newIncNonDefault func(string) func()) {}

// syscall keeps the environment itself; the runtime only tells
// internal/godebug when GODEBUG changes.
//
//go:linkname syscall_runtimeSetenv syscall.runtimeSetenv
func syscall_runtimeSetenv(key, value string) {
	if key == "GODEBUG" && godebugUpdate != nil {
		godebugUpdate("", value)
	}
}

//go:linkname syscall_runtimeUnsetenv syscall.runtimeUnsetenv
func syscall_runtimeUnsetenv(key string) {
	if key == "GODEBUG" && godebugUpdate != nil {
		godebugUpdate("", "")
	}
}
