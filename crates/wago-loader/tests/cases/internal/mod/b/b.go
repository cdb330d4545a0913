package b

import _ "example.com/m/a/internal/i"
