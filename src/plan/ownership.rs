//! Who owns a plan file: a saved plan is a new file (renamed over the old one), which would belong
//! to whoever saved it; the owner and group of the file it replaces are given to it where this
//! process may, and told where it may not.

use std::fs::{File, Metadata};
use std::io;

use crate::i18n::{Strings, fill};
use crate::sanitize;

/// A file's owner and group, by number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owner {
    /// The user id.
    pub uid: u32,
    /// The group id.
    pub gid: u32,
}

impl Owner {
    /// The owner and group of the file `metadata` describes; `None` where files have none.
    pub fn of(metadata: &Metadata) -> Option<Owner> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(Owner {
                uid: metadata.uid(),
                gid: metadata.gid(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = metadata;
            None
        }
    }

    /// "name (groupe group)", in the interface's language, safe to print; numbers where the
    /// names are not known.
    pub fn describe(self, strings: &Strings) -> String {
        fill(
            strings.owner_and_group,
            &[
                &sanitize::line(&user_name(self.uid)),
                &sanitize::line(&group_name(self.gid)),
            ],
        )
    }
}

/// Gives `file` (a new file of this process) the owner and group `wanted`. Where the owner cannot
/// be given (only an administrator gives a file away), the group is still given where it may be.
/// Returns the owner and group the file has now.
pub fn give(file: &File, wanted: Owner) -> io::Result<Owner> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::fchown;
        if fchown(file, Some(wanted.uid), Some(wanted.gid)).is_ok() {
            return Ok(wanted);
        }
        // Not this user's to give (or an owner this system cannot name): the group may still be
        // one of this user's. What the file has now says what could be kept.
        let _ = fchown(file, None, Some(wanted.gid));
        Ok(Owner::of(&file.metadata()?).unwrap_or(wanted))
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        Ok(wanted)
    }
}

/// The login name of user `uid`, or its number.
pub fn user_name(uid: u32) -> String {
    #[cfg(unix)]
    if let Ok(Some(user)) = nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid)) {
        return user.name;
    }
    uid.to_string()
}

/// The name of group `gid`, or its number.
pub fn group_name(gid: u32) -> String {
    #[cfg(unix)]
    if let Ok(Some(group)) = nix::unistd::Group::from_gid(nix::unistd::Gid::from_raw(gid)) {
        return group.name;
    }
    gid.to_string()
}
