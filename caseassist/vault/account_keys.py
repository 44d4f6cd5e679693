"""Each account's hold on the vault's keys, as the keyring stores it.

An account's passphrase derives a key that unwraps its X25519 box; the data keys
its role is given (database, identity, replica; the admin signing key for admins)
are sealed to that box, so a key rotation can reach every account without its
passphrase, and the admin key endorses each box and signing key. These functions
build, open and re-seal those wraps; `Vault` decides when (see docs/security.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from caseassist.i18n import _
from caseassist.vault import audit as audit_log
from caseassist.vault import keyring as kr
from caseassist.vault import keys
from caseassist.vault.errors import NotRotated, Tampered
from caseassist.vault.keys import KdfParams
from caseassist.vault.roles import Role


def role_of(value: str) -> Role:
    """The role a keyring entry names; a name no role has means the file was changed."""
    try:
        return Role(value)
    except ValueError:
        raise Tampered(kr.FILE_NAME) from None


@dataclass(frozen=True)
class Signing:
    """An open session's Ed25519 seeds: its account's own (audit entries) and, for
    admins and the recovery code, the vault's admin key (endorsements, signed heads)."""

    own: bytes | None = None
    admin: bytes | None = None


@dataclass(frozen=True)
class Keyset:
    """The data keys an account holds: the database key (None for a supervisor of a vault
    with a replica), the identity key (None for supervisors), the replica key (None in a
    vault from before the replica)."""

    db: bytes | None
    identity: bytes | None
    replica: bytes | None = None


def box_vouched(ring: kr.Keyring, account: kr.Account, admin_pub: bytes) -> bool:
    """Whether the admin key endorsed this account's box (what a rotation seals keys to)."""
    if account.box_public is None or account.wraps.box is None:
        return False
    message = box_message(ring.vault_id, account.name, account.role, account.box_public)
    return keys.signature_ok(admin_pub, account.box_endorsement, message)


def name_index(identity_key: bytes) -> Callable[[str], str]:
    from caseassist.vault.folding import fold_for_search

    sub = hmac.new(identity_key, b"caseassist name index v1", hashlib.sha256).digest()
    return lambda name: hmac.new(
        sub, fold_for_search(name).encode("utf-8"), hashlib.sha256
    ).hexdigest()[:32]


def keyring_rotated(path: Path, replica_key: bytes) -> bool:
    try:
        return kr.load(path).verify(replica_key)
    except (OSError, kr.KeyringDamaged):
        return False


def rotate_ring(
    ring: kr.Keyring,
    new: Keyset,
    new_admin: bytes,
    admin_pub: bytes,
    recovery: kr.Wraps,
) -> None:
    """The keyring after a rotation: the new keys sealed to each remaining account's
    box, a new admin key endorsing what the old one endorsed, a new recovery code."""
    ring.replica = True
    new_pub = keys.public_of(new_admin)
    for account in ring.accounts.values():
        if not box_vouched(ring, account, admin_pub):
            raise NotRotated(_("an account changed meanwhile; try again"))
        role = role_of(account.role)
        for which in ("db", "identity", "replica", "admin"):
            key = new_admin if which == "admin" else getattr(new, which)
            gets = role is Role.admin if which == "admin" else given(role, which, ring)
            aad = ring.aad(account.name, account.role, which)
            setattr(
                account.wraps, which, keys.seal_to(account.box_public, key, aad) if gets else None
            )
    people = [(a.name, a.role, a) for a in ring.accounts.values()]
    people += [(n, r.role, r) for n, r in ring.retired.items()]
    for name, role, holder in people:  # what the old admin key vouched for, the new one does
        holder.signing = [
            endorsed(ring, name, role, k.public, new_admin)
            if keys.signature_ok(
                admin_pub,
                k.endorsement,
                audit_log.endorse_message(ring.vault_id, name, role, k.public),
            )
            else k
            for k in holder.signing
        ]
    for account in ring.accounts.values():
        endorse_box(ring, account, new_admin)
    ring.admin_history = [*ring.admin_history, admin_pub]
    ring.admin_public = new_pub
    ring.recovery = recovery
    ring.epoch += 1


def mac_key(ring: kr.Keyring, keyset: Keyset) -> bytes:
    key = keyset.replica if ring.replica else keyset.db
    if key is None:
        raise Tampered(kr.FILE_NAME)
    return key


def given(role: Role, which: str, ring: kr.Keyring) -> bool:
    """Whether an account of `role` is given `which` data key in this vault."""
    if which == "identity":
        return role.holds_identity_key
    if which == "db":
        return role.holds_identity_key or not ring.replica
    return ring.replica


def opener(
    ring: kr.Keyring, kek: bytes, wraps: kr.Wraps, name: str, role: str
) -> Callable[[bytes, str], bytes]:
    """Open the account's data keys with its passphrase key. Raises keys.KeyError_ when
    the passphrase key does not open the first wrap (a wrong passphrase); the opener it
    returns raises it for a wrap that does not authenticate (a changed file)."""
    if wraps.box is not None:
        box = keys.unwrap(kek, wraps.box, ring.aad(name, role, "box"))
        return lambda blob, which: keys.open_sealed(box, blob, ring.aad(name, role, which))
    if wraps.db is None:
        raise keys.KeyError_("no wrap")
    keys.unwrap(kek, wraps.db, ring.aad(name, role, "db"))
    return lambda blob, which: keys.unwrap(kek, blob, ring.aad(name, role, which))


def keyset(ring: kr.Keyring, opener, wraps: kr.Wraps, role: Role) -> Keyset:
    """Every data key the wraps hold; a wrap a role must not have, or one that does not
    open, is a changed keyring."""
    out = {}
    for which in ("db", "identity", "replica"):
        blob = getattr(wraps, which)
        if blob is None:
            out[which] = None
            continue
        if which == "identity" and not role.holds_identity_key:
            raise Tampered(kr.FILE_NAME)
        try:
            out[which] = opener(blob, which)
        except keys.KeyError_:
            raise Tampered(kr.FILE_NAME) from None
    if role.holds_identity_key and out["identity"] is None:
        raise Tampered(kr.FILE_NAME)
    if out["db"] is None and out["replica"] is None:
        raise Tampered(kr.FILE_NAME)
    return Keyset(out["db"], out["identity"], out["replica"])


def both_enrols(
    *enrols: Callable[[kr.Keyring], None] | None,
) -> Callable[[kr.Keyring], None] | None:
    kept = [e for e in enrols if e is not None]
    if not kept:
        return None

    def both(ring: kr.Keyring) -> None:
        for enrol in kept:
            enrol(ring)

    return both


def box_enrol(
    ring: kr.Keyring,
    kek: bytes,
    account: kr.Account,
    role: Role,
    keyset: Keyset,
    admin: bytes | None,
) -> Callable[[kr.Keyring], None] | None:
    """An account from before boxes gets one at its unlock: its data keys sealed to it, the
    private half wrapped under this passphrase, so later rotations can reach it."""
    if account.wraps.box is not None:
        return None
    name = account.name
    box = keys.new_box()
    public = keys.box_public(box)

    def enrol(disk: kr.Keyring) -> None:
        mine = disk.accounts.get(name)
        if mine is None or mine.wraps.box is not None or mine.wraps.salt != account.wraps.salt:
            return  # changed meanwhile (a reset): leave it
        held = {**dataclasses.asdict(keyset), "admin": admin}
        for which, key in held.items():
            if getattr(mine.wraps, which) is not None and key is not None:
                setattr(mine.wraps, which, keys.seal_to(public, key, disk.aad(name, role, which)))
        mine.wraps.box = keys.wrap(kek, box, disk.aad(name, role, "box"))
        mine.box_public, mine.box_endorsement = public, b""

    return enrol


def wraps_for(
    ring: kr.Keyring,
    name: str,
    role: Role,
    secret: str,
    kdf: KdfParams,
    keyset: Keyset,
    signing: Signing,
) -> tuple[kr.Wraps, bytes]:
    """New wraps under `secret`: a new box holding the data keys this role is given in
    this vault, the signing seeds under the passphrase key. Returns them and the box's
    public half."""
    salt = keys.new_salt()
    kek = keys.derive(secret, salt, kdf)
    box = keys.new_box()
    public = keys.box_public(box)
    sealed = {}
    for which in ("db", "identity", "replica"):
        key = getattr(keyset, which)
        ok = key is not None and given(role, which, ring)
        sealed[which] = keys.seal_to(public, key, ring.aad(name, role, which)) if ok else None
    return kr.Wraps(
        salt=salt,
        kdf=kdf,
        db=sealed["db"],
        identity=sealed["identity"],
        sign=keys.wrap(kek, signing.own, ring.aad(name, role, "sign")) if signing.own else None,
        admin=keys.seal_to(public, signing.admin, ring.aad(name, role, "admin"))
        if signing.admin and role is Role.admin
        else None,
        box=keys.wrap(kek, box, ring.aad(name, role, "box")),
        replica=sealed["replica"],
    ), public


def endorsed(ring: kr.Keyring, name: str, role: str, public: bytes, admin: bytes | None):
    """The admin key's word that `public` is `name`'s key (empty when no admin key is at hand)."""
    message = audit_log.endorse_message(ring.vault_id, name, role, public)
    return kr.SigningKey(public, keys.sign(admin, message) if admin else b"")


def box_message(vault_id: str, name: str, role: str, public: bytes) -> bytes:
    """What the admin key signs to vouch that `public` is `name`'s box (what rotations seal to)."""
    return f"caseassist-box-endorse-v1|{vault_id}|{name}|{role}|{public.hex()}".encode()


def endorse_box(ring: kr.Keyring, account: kr.Account, admin: bytes | None) -> None:
    if account.box_public is not None and admin is not None:
        message = box_message(ring.vault_id, account.name, account.role, account.box_public)
        account.box_endorsement = keys.sign(admin, message)


def wrap_account(ring, name, role, secret, kdf, keyset: Keyset, signing: Signing) -> kr.Account:
    public = keys.public_of(signing.own) if signing.own else None
    wraps, box_public = wraps_for(ring, name, role, secret, kdf, keyset, signing)
    account = kr.Account(
        name=name,
        role=str(role),
        wraps=wraps,
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        signing=[endorsed(ring, name, str(role), public, signing.admin)] if public else [],
        box_public=box_public,
    )
    endorse_box(ring, account, signing.admin)
    return account


def signing_of(
    ring: kr.Keyring, kek: bytes, account: kr.Account, role: Role, opener
) -> tuple[Signing, Callable[[kr.Keyring], None] | None]:
    """Unwrap the account's signing seeds. A keyring from before signed audit gets them
    now (the account's own key; the admin key at the first admin unlock), wrapped under
    this passphrase and written with the unlock; the second value does that."""
    name = account.name
    own = admin = None
    if account.wraps.sign is not None:
        try:
            own = keys.unwrap(kek, account.wraps.sign, ring.aad(name, role, "sign"))
        except keys.KeyError_:
            raise Tampered(kr.FILE_NAME) from None
    if role is Role.admin and account.wraps.admin:
        try:  # sealed to the box (so a rotation can replace it), or under the passphrase
            admin = opener(account.wraps.admin, "admin")
        except keys.KeyError_:
            raise Tampered(kr.FILE_NAME) from None
    new_own = own is None
    new_admin = role is Role.admin and admin is None and ring.admin_public is None
    own = own or keys.new_signing_seed()
    admin = admin or (keys.new_signing_seed() if new_admin else None)
    if not (new_own or new_admin or (admin and unendorsed(ring))):
        return Signing(own, admin), None

    def enrol(disk: kr.Keyring) -> None:
        mine = disk.accounts.get(name)
        if mine is None:
            return
        if new_admin and disk.admin_public is None:
            disk.admin_public = keys.public_of(admin)
            aad = disk.aad(name, role, "admin")
            mine.wraps.admin = (
                keys.seal_to(mine.box_public, admin, aad)
                if mine.wraps.box is not None and mine.box_public is not None
                else keys.wrap(kek, admin, aad)
            )
        if new_own and mine.wraps.sign is None:
            mine.wraps.sign = keys.wrap(kek, own, disk.aad(name, role, "sign"))
            mine.signing.append(kr.SigningKey(keys.public_of(own), b""))
        if admin is not None and disk.admin_public == keys.public_of(admin):
            for other in disk.accounts.values():  # keys enrolled since an admin last looked
                other.signing = [
                    endorsed(disk, other.name, other.role, k.public, admin)
                    if not k.endorsement
                    else k
                    for k in other.signing
                ]
                if other.box_public is not None and not other.box_endorsement:
                    endorse_box(disk, other, admin)

    return Signing(own, admin), enrol


def unendorsed(ring: kr.Keyring) -> bool:
    return any(
        any(not k.endorsement for k in a.signing)
        or (a.box_public is not None and not a.box_endorsement)
        for a in ring.accounts.values()
    )


def opens_as(ring: kr.Keyring, kek: bytes, account: kr.Account, role: Role) -> bool:
    try:
        opener(ring, kek, account.wraps, account.name, role)
    except keys.KeyError_:
        return False
    return True
