package x

import _ "example.com/m/x/vendor/y"
