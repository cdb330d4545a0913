package sub

import _ "example.com/m/a/internal/i"
