-- | Greetings, purely.
module Greeting (greet) where

-- | @greet "Heroku" == "Hello, Heroku!"@
greet :: String -> String
greet name = "Hello, " ++ name ++ "!"
