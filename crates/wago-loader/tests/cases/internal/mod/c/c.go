package c

import _ "example.com/m/internal/top"
