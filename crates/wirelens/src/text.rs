//! Tokens with byte offsets into the original text, and normalisation for
//! matching that never changes offsets. (Lands with issue #4.)
