package lib

import _ "example.com/m/prog"
