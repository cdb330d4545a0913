package a

import _ "example.com/b/lib"
