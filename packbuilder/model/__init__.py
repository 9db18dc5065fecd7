"""The document model: what the pack prints, in order, as plain data with no ReportLab in it.

`assemble` builds a Document from Content; `layout` draws it and hands the PDF stage a
RenderedBody. parts.py holds the cover and the part types, document.py the pack around them,
rendered.py what layout found while drawing. Everything is re-exported here: `model.Letters`.
"""

from packbuilder.errors import Origin as Origin
from packbuilder.model.document import (
    PART_NAMES as PART_NAMES,
)
from packbuilder.model.document import (
    Attachment as Attachment,
)
from packbuilder.model.document import (
    Document as Document,
)
from packbuilder.model.document import (
    KitChoice as KitChoice,
)
from packbuilder.model.document import (
    Meta as Meta,
)
from packbuilder.model.document import (
    Paper as Paper,
)
from packbuilder.model.document import (
    PrintSetup as PrintSetup,
)
from packbuilder.model.document import (
    part_name as part_name,
)
from packbuilder.model.document import (
    place_of as place_of,
)
from packbuilder.model.parts import (
    AddresseeRow as AddresseeRow,
)
from packbuilder.model.parts import (
    AddresseeTable as AddresseeTable,
)
from packbuilder.model.parts import (
    Briefing as Briefing,
)
from packbuilder.model.parts import (
    BriefingSection as BriefingSection,
)
from packbuilder.model.parts import (
    CaseList as CaseList,
)
from packbuilder.model.parts import (
    CaseSummary as CaseSummary,
)
from packbuilder.model.parts import (
    Cite as Cite,
)
from packbuilder.model.parts import (
    Cover as Cover,
)
from packbuilder.model.parts import (
    Envelope as Envelope,
)
from packbuilder.model.parts import (
    Envelopes as Envelopes,
)
from packbuilder.model.parts import (
    FaxCover as FaxCover,
)
from packbuilder.model.parts import (
    FaxCovers as FaxCovers,
)
from packbuilder.model.parts import (
    Guide as Guide,
)
from packbuilder.model.parts import (
    GuideSection as GuideSection,
)
from packbuilder.model.parts import (
    Inline as Inline,
)
from packbuilder.model.parts import (
    Label as Label,
)
from packbuilder.model.parts import (
    LabelSheets as LabelSheets,
)
from packbuilder.model.parts import (
    Letter as Letter,
)
from packbuilder.model.parts import (
    LetterBody as LetterBody,
)
from packbuilder.model.parts import (
    Letters as Letters,
)
from packbuilder.model.parts import (
    Paragraph as Paragraph,
)
from packbuilder.model.parts import (
    Part as Part,
)
from packbuilder.model.parts import (
    ReadingCopy as ReadingCopy,
)
from packbuilder.model.parts import (
    Signer as Signer,
)
from packbuilder.model.parts import (
    SignInSheet as SignInSheet,
)
from packbuilder.model.parts import (
    SourceEntry as SourceEntry,
)
from packbuilder.model.parts import (
    SourceList as SourceList,
)
from packbuilder.model.parts import (
    TallySheet as TallySheet,
)
from packbuilder.model.parts import (
    Text as Text,
)
from packbuilder.model.parts import (
    WindowTest as WindowTest,
)
from packbuilder.model.rendered import (
    AnnotationRef as AnnotationRef,
)
from packbuilder.model.rendered import (
    Insertion as Insertion,
)
from packbuilder.model.rendered import (
    MarkedContent as MarkedContent,
)
from packbuilder.model.rendered import (
    OutlineMark as OutlineMark,
)
from packbuilder.model.rendered import (
    RenderedBody as RenderedBody,
)
from packbuilder.model.rendered import (
    StructElement as StructElement,
)
from packbuilder.model.rendered import (
    WindowFit as WindowFit,
)
from packbuilder.model.rendered import (
    WrittenElement as WrittenElement,
)
