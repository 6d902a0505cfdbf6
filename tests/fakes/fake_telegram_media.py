"""Upload, download and album methods of the fake Telegram server."""

from __future__ import annotations

import itertools
import mimetypes

from tests.fakes.fake_telegram_methods import (
    CAPTION_LIMIT,
    DOWNLOAD_LIMIT,
    PHOTO_UPLOAD_LIMIT,
    UPLOAD_LIMIT,
    Handler,
    check_entities,
    new_bot_message,
    public,
)
from tests.fakes.fake_telegram_state import BotState
from tests.fakes.fake_telegram_types import (
    JSON,
    ApiError,
    FileRecord,
    StoredMessage,
    UploadedFile,
    bad_request,
)

_media_groups = itertools.count(14_000_000_000_000_001)


def resolve_upload(
    state: BotState, params: JSON, files: dict[str, UploadedFile], field: str, folder: str
) -> UploadedFile:
    """The file a send method refers to: a multipart part, ``attach://``, a file_id or a URL."""
    value = params.get(field)
    name = (
        value[len("attach://") :]
        if isinstance(value, str) and value.startswith("attach://")
        else field
    )
    if name in files:
        part = files[name]
        suffix = mimetypes.guess_extension(part.content_type or "") or ".bin"
        record = state.add_file(part.data, folder, suffix)
        return UploadedFile(field, part.filename, part.content_type, part.data, record.file_id)
    if isinstance(value, str) and value in state.files:
        record = state.files[value]
        return UploadedFile(field, None, None, record.data, record.file_id)
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        record = state.add_file(b"", folder, ".bin")
        return UploadedFile(field, value, None, b"", record.file_id)
    raise bad_request(f"there is no {field} in the request")


def caption_fields(params: JSON) -> JSON:
    caption = params.get("caption")
    if caption is None:
        return {}
    caption = str(caption)
    if len(caption) > CAPTION_LIMIT:
        raise bad_request("message caption is too long")
    return {"caption": caption, "entities": check_entities(caption, params.get("caption_entities"))}


def send_photo(state: BotState, params: JSON, files: dict[str, UploadedFile]) -> JSON:
    upload = resolve_upload(state, params, files, "photo", "photos")
    if len(upload.data) > PHOTO_UPLOAD_LIMIT:
        raise bad_request("PHOTO_INVALID_DIMENSIONS")
    msg = new_bot_message(state, params, files=[upload], **caption_fields(params))
    attach_media(state, msg, "photo", upload)
    return public(state, msg)


def send_document(state: BotState, params: JSON, files: dict[str, UploadedFile]) -> JSON:
    upload = resolve_upload(state, params, files, "document", "documents")
    if len(upload.data) > UPLOAD_LIMIT:
        raise ApiError(413, "Request Entity Too Large")
    msg = new_bot_message(state, params, files=[upload], **caption_fields(params))
    attach_media(state, msg, "document", upload)
    return public(state, msg)


def photo_size(record: FileRecord, width: int, height: int) -> JSON:
    return {
        "file_id": record.file_id,
        "file_unique_id": record.file_unique_id,
        "file_size": len(record.data),
        "width": width,
        "height": height,
    }


def get_file(state: BotState, params: JSON, _files: dict[str, UploadedFile]) -> JSON:
    record = state.files.get(str(params.get("file_id")))
    if record is None:
        raise bad_request("invalid file_id")
    if len(record.data) > DOWNLOAD_LIMIT:
        raise bad_request("file is too big")
    return record.to_dict()


def attach_media(state: BotState, msg: StoredMessage, kind: str, upload: UploadedFile) -> None:
    """Give ``msg`` the ``photo`` or ``document`` field Telegram returns for an upload."""
    record = state.files[upload.file_id]
    if kind == "photo":
        msg.extra["photo"] = [photo_size(record, 1280, 960)]
        return
    document: JSON = {"file_id": record.file_id, "file_unique_id": record.file_unique_id}
    document["file_size"] = len(record.data)
    if upload.filename:
        document["file_name"] = upload.filename
    if upload.content_type:
        document["mime_type"] = upload.content_type
    msg.extra["document"] = document


def send_media_group(state: BotState, params: JSON, files: dict[str, UploadedFile]) -> list[JSON]:
    """An album: 2-10 photos or documents sharing one media_group_id."""
    media = params.get("media")
    if not isinstance(media, list) or not 2 <= len(media) <= 10:
        raise bad_request("wrong number of messages in the media group")
    group = str(next(_media_groups))
    sent = []
    for item in media:
        kind = item.get("type")
        if kind not in ("photo", "document"):
            raise bad_request(f"unsupported media type {kind!r} in this server")
        upload = resolve_upload(state, {kind: item.get("media")}, files, kind, f"{kind}s")
        fields = caption_fields(item)
        msg = new_bot_message(state, params, files=[upload], media_group_id=group, **fields)
        attach_media(state, msg, kind, upload)
        sent.append(public(state, msg))
    return sent


MEDIA_HANDLERS: dict[str, Handler] = {
    "sendphoto": send_photo,
    "senddocument": send_document,
    "sendmediagroup": send_media_group,
    "getfile": get_file,
}
