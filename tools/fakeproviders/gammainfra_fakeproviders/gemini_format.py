"""Google Gemini's wire format, inbound side: GenerateContentRequest parsing and
validation, and Google's error bodies (`{"error": {code, message, status, details}}`).

Owns: what generateContent accepts and how Google refuses. Like Google, field names
are accepted in camelCase and snake_case, and an unknown field is a 400
`Invalid JSON payload received. Unknown name "x" ...` — so a gateway sending an
OpenAI field or an unsupported schema keyword (e.g. additionalProperties) fails
here as it would against Google. Raises `GeminiError` for every 4xx. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import orjson

__all__ = ["GeminiError", "GeminiRequest", "bad_key_error", "fault_error", "missing_key_error", "parse_request"]

_STATUS_NAMES = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED", 404: "NOT_FOUND",
                 409: "ABORTED", 429: "RESOURCE_EXHAUSTED", 499: "CANCELLED", 500: "INTERNAL", 501: "NOT_IMPLEMENTED",
                 503: "UNAVAILABLE", 504: "DEADLINE_EXCEEDED"}
# Google's own messages for the statuses the fault knob injects.
_FAULT_MESSAGES = {
    400: "Request contains an invalid argument.",
    401: "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or "
         "other valid authentication credential.",
    403: "The caller does not have permission",
    404: "Requested entity was not found.",
    429: "You exceeded your current quota, please check your plan and billing details. For more information "
         "on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.",
    500: "An internal error has occurred. Please retry or report in "
         "https://developers.generativeai.google/guide/troubleshooting",
    503: "The model is overloaded. Please try again later.",
    504: "Deadline expired before operation could complete.",
}
_RPC = "type.googleapis.com/google.rpc."


class GeminiError(Exception):
    def __init__(self, status: int, message: str, *, details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error: dict[str, Any] = {"code": status, "message": message,
                                      "status": _STATUS_NAMES.get(status, "UNKNOWN")}
        if details:
            self.error["details"] = details

    def body(self) -> bytes:
        return orjson.dumps({"error": self.error})


def fault_error(status: int, retry_after_s: int = 1) -> GeminiError:
    """The error Google answers with `status` (injected by a fault knob). A 429 says
    when to retry the way Google does: a RetryInfo detail, not a header."""
    details = None
    if status == 429:
        details = [{"@type": _RPC + "QuotaFailure", "violations": [
                       {"quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                        "quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier"}]},
                   {"@type": _RPC + "RetryInfo", "retryDelay": f"{retry_after_s}s"}]
    return GeminiError(status, _FAULT_MESSAGES.get(status, "Fake provider error."), details=details)


def missing_key_error() -> GeminiError:
    return GeminiError(403, "Method doesn't allow unregistered callers (callers without established identity). "
                       "Please use API Key or other form of API consumer identity to call this API.")


def bad_key_error() -> GeminiError:
    return GeminiError(400, "API key not valid. Please pass a valid API key.", details=[
        {"@type": _RPC + "ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com",
         "metadata": {"service": "generativelanguage.googleapis.com"}}])


def _camel(name: str) -> str:
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


_FIELDS = {
    "request": {"contents", "systemInstruction", "generationConfig", "tools", "toolConfig", "safetySettings",
                "cachedContent", "model"},
    "content": {"role", "parts"},
    "part": {"text", "inlineData", "fileData", "functionCall", "functionResponse", "executableCode",
             "codeExecutionResult", "thought", "thoughtSignature", "videoMetadata"},
    "generation_config": {"stopSequences", "responseMimeType", "responseSchema", "responseJsonSchema",
                          "responseModalities", "candidateCount", "maxOutputTokens", "temperature", "topP", "topK",
                          "seed", "presencePenalty", "frequencyPenalty", "responseLogprobs", "logprobs",
                          "thinkingConfig", "mediaResolution", "speechConfig"},
    "tool": {"functionDeclarations", "googleSearch", "googleSearchRetrieval", "codeExecution", "urlContext"},
    "function_declaration": {"name", "description", "parameters", "parametersJsonSchema", "response", "behavior"},
    "schema": {"type", "format", "title", "description", "nullable", "enum", "maxItems", "minItems", "properties",
               "required", "minProperties", "maxProperties", "minLength", "maxLength", "pattern", "example",
               "anyOf", "propertyOrdering", "default", "items", "minimum", "maximum"},
}
_TYPES = {"STRING", "NUMBER", "INTEGER", "BOOLEAN", "ARRAY", "OBJECT", "NULL"}


def _invalid(message: str) -> GeminiError:
    return GeminiError(400, message)


def _object(value: Any, kind: str, where: str) -> dict[str, Any]:
    """`value` with camelCase keys; 400 for a non-object or an unknown field."""
    if not isinstance(value, dict):
        raise _invalid(f"Invalid JSON payload received. Expected an object at '{where}'.")
    out = {}
    for key, item in value.items():
        name = _camel(key)
        if name not in _FIELDS[kind]:
            at = f" at '{where}'" if where else ""
            raise _invalid(f'Invalid JSON payload received. Unknown name "{key}"{at}: Cannot find field.')
        out[name] = item
    return out


def _schema(value: Any, where: str) -> dict[str, Any]:
    schema = _object(value, "schema", where)
    kind = schema.get("type")
    if kind is not None and (not isinstance(kind, str) or kind.upper() not in _TYPES):
        raise _invalid(f"Invalid value at '{where}.type' (type.googleapis.com/google.ai.generativelanguage."
                       f"v1beta.Type), {orjson.dumps(kind).decode()}")
    properties = schema.get("properties")
    if isinstance(kind, str) and kind.upper() == "OBJECT" and "properties" in schema and not properties:
        raise _invalid(f"* GenerateContentRequest.{where}.properties: should be non-empty for OBJECT type\n")
    for name, sub in (properties or {}).items():
        _schema(sub, f"{where}.properties[{name}].value")
    if "items" in schema:
        _schema(schema["items"], f"{where}.items")
    for i, sub in enumerate(schema.get("anyOf") or ()):
        _schema(sub, f"{where}.any_of[{i}]")
    return schema


@dataclass(frozen=True, slots=True)
class GeminiRequest:
    model: str
    contents: list[dict[str, Any]]          # camelCase keys; parts too
    system_text: str
    functions: list[dict[str, Any]]         # function declarations
    mode: str                               # AUTO, ANY, NONE
    allowed_functions: tuple[str, ...]
    max_tokens: int | None
    candidate_count: int
    thinking: bool                          # thinkingBudget 0 turns thinking off
    tools_text: str                         # serialized tools: they count as prompt tokens


def _parts(value: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not value:
        raise _invalid(f"* GenerateContentRequest.{where}.parts: contents.parts must not be empty.\n")
    parts = []
    for k, raw in enumerate(value):
        part = _object(raw, "part", f"{where}.parts[{k}]")
        if "text" in part and not isinstance(part["text"], str):
            raise _invalid(f"Invalid value at '{where}.parts[{k}].text' (TYPE_STRING)")
        for key in ("inlineData", "fileData", "functionCall", "functionResponse"):
            if key in part:
                if not isinstance(part[key], dict):
                    raise _invalid(f"Invalid JSON payload received. Expected an object at '{where}.parts[{k}]'.")
                part[key] = {_camel(k2): v for k2, v in part[key].items()}
        call = part.get("functionCall") or part.get("functionResponse")
        if call is not None and not call.get("name"):
            raise _invalid(f"* GenerateContentRequest.{where}.parts[{k}].function_call.name: Name cannot be empty.\n")
        if "inlineData" in part and not (part["inlineData"].get("mimeType") and part["inlineData"].get("data")):
            raise _invalid(f"* GenerateContentRequest.{where}.parts[{k}].inline_data: "
                           "mime_type and data are required.\n")
        if "fileData" in part and not part["fileData"].get("fileUri"):
            raise _invalid(f"* GenerateContentRequest.{where}.parts[{k}].file_data.file_uri: File URI is required.\n")
        parts.append(part)
    return parts


def _contents(value: Any) -> list[dict[str, Any]]:
    if not value:
        raise _invalid("* GenerateContentRequest.contents: contents is not specified\n")
    if not isinstance(value, list):
        raise _invalid("Invalid JSON payload received. Expected an array at 'contents'.")
    contents = []
    for i, raw in enumerate(value):
        content = _object(raw, "content", f"contents[{i}]")
        if content.get("role", "user") not in ("user", "model"):
            raise _invalid("Please use a valid role: user, model.")
        contents.append({"role": content.get("role", "user"), "parts": _parts(content.get("parts"), f"contents[{i}]")})
    return contents


def _functions(tools: Any) -> list[dict[str, Any]]:
    functions = []
    for i, raw in enumerate(tools or ()):
        tool = _object(raw, "tool", f"tools[{i}]")
        for j, decl in enumerate(tool.get("functionDeclarations") or ()):
            where = f"tools[{i}].function_declarations[{j}]"
            declaration = _object(decl, "function_declaration", where)
            if not declaration.get("name"):
                raise _invalid(f"* GenerateContentRequest.{where}.name: Name cannot be empty.\n")
            if "parameters" in declaration:
                declaration["parameters"] = _schema(declaration["parameters"], f"{where}.parameters")
            functions.append(declaration)
    return functions


def parse_request(raw: bytes, model: str) -> GeminiRequest:
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError:
        body = None
    if not isinstance(body, dict):
        raise _invalid("Invalid JSON payload received. Unexpected token.")
    request = _object(body, "request", "")
    contents = _contents(request.get("contents"))
    system = request.get("systemInstruction")
    system_parts = _parts(_object(system, "content", "system_instruction").get("parts"), "system_instruction") \
        if system is not None else []
    config = _object(request.get("generationConfig") or {}, "generation_config", "generation_config")
    for name in ("maxOutputTokens", "candidateCount"):
        value = config.get(name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            raise _invalid(f"Invalid value at 'generation_config.{name}' (TYPE_INT32), {orjson.dumps(value).decode()}")
    if "responseSchema" in config:
        _schema(config["responseSchema"], "generation_config.response_schema")
    calling = {_camel(k): v for k, v in (((request.get("toolConfig") or {}).get("functionCallingConfig")
                                          or (request.get("toolConfig") or {}).get("function_calling_config"))
                                         or {}).items()}
    mode = calling.get("mode", "AUTO")
    if mode not in ("AUTO", "ANY", "NONE", "VALIDATED"):
        raise _invalid(f"Invalid value at 'tool_config.function_calling_config.mode' (type.googleapis.com/"
                       f"google.ai.generativelanguage.v1beta.FunctionCallingConfig.Mode), \"{mode}\"")
    functions = _functions(request.get("tools"))
    thinking = {_camel(k): v for k, v in (config.get("thinkingConfig") or {}).items()}
    return GeminiRequest(
        model=model, contents=contents, system_text="\n".join(p.get("text", "") for p in system_parts),
        functions=functions, mode=mode, allowed_functions=tuple(calling.get("allowedFunctionNames") or ()),
        max_tokens=config.get("maxOutputTokens"), candidate_count=int(config.get("candidateCount") or 1),
        thinking=thinking.get("thinkingBudget") != 0,
        tools_text=orjson.dumps(request["tools"]).decode() if request.get("tools") else "")
