package p

import _ "example.com/all/q"
