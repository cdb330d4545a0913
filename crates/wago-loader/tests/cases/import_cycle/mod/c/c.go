package c

import _ "example.com/m/b"
