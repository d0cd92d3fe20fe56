"""Whether every text on screen fits its widget: `misfits(window)` lists the labels, buttons,
tick boxes, placeholders, column headers, table cells and tabs whose text is clipped or elided,
each named with its text and the room it needs and has.

The measures are Qt's own: the widget's font metrics against its contents rectangle (word wrap
included), the style's contents rectangle for buttons and line edits, the header's and the
delegate's size hints for headers and cells. A cell elided on purpose, with its whole text in
the tooltip (long names in the tables), is fine. Widgets scrolled out of a scroll area's view
are not looked at; widgets sticking out of a parent that does not scroll are."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt  # Qt.mightBeRichText lives in QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # px: rounding between Qt's measures
HUGE = 100_000
MAX_ROWS = 60  # rows of a view looked at (those scrolled out of view are skipped)


@dataclass(frozen=True)
class Misfit:
    where: str
    text: str
    need: QSize
    has: QSize

    def __str__(self) -> str:
        return (
            f"{self.where}: {self.text!r} needs {self.need.width()}×{self.need.height()} px, "
            f"has {self.has.width()}×{self.has.height()}"
        )


def misfits(root: QWidget) -> list[Misfit]:
    """Every visible text under `root` (itself included) that does not fit."""
    found: list[Misfit] = []
    for widget in _shown(root):
        found.extend(_check(widget))
    return found


def window_misfits(window: QWidget, screen: QSize) -> list[Misfit]:
    """A window larger than the screen it must fit (its layout's minimum too big), then the
    texts inside it."""
    found = misfits(window)
    size = window.frameGeometry().size()
    if size.width() > screen.width() or size.height() > screen.height():
        found.insert(0, Misfit(_name(window), window.windowTitle(), size, screen))
    return found


def _shown(root: QWidget) -> Iterator[QWidget]:
    """`root` and its descendants on screen (not hidden, not scrolled out of view)."""
    if not root.isVisible():
        return
    stack = [root]
    while stack:
        widget = stack.pop()
        yield widget
        for child in widget.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if child.isVisible() and not child.isWindow() and _in_view(child):
                stack.append(child)


def _in_view(widget: QWidget) -> bool:
    """False for a widget entirely scrolled out of a scroll area's viewport."""
    parent = widget.parentWidget()
    if parent is None or not _scrolls(parent):
        return True
    return parent.rect().intersects(widget.geometry())


def _scrolls(widget: QWidget) -> bool:
    """A scroll area's viewport: what it holds may be larger than it."""
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def _check(widget: QWidget) -> list[Misfit]:
    found: list[Misfit] = []
    outside = _outside_parent(widget)
    if outside is not None:
        found.append(outside)
    if isinstance(widget, QLabel):
        found.extend(_label(widget))
    elif isinstance(widget, QCheckBox | QRadioButton):
        found.extend(_button(widget, QStyle.SubElement.SE_CheckBoxContents))
    elif isinstance(widget, QPushButton):
        found.extend(_button(widget, QStyle.SubElement.SE_PushButtonContents))
    elif isinstance(widget, QToolButton):
        found.extend(_tool_button(widget))
    elif isinstance(widget, QLineEdit):
        found.extend(_placeholder(widget))
    elif isinstance(widget, QTabBar):
        found.extend(_tabs(widget))
    elif isinstance(widget, QHeaderView):
        found.extend(_header(widget))
    elif isinstance(widget, QAbstractItemView):
        found.extend(_cells(widget))
    elif isinstance(widget, QGroupBox):
        found.extend(_group_title(widget))
    return found


def _outside_parent(widget: QWidget) -> Misfit | None:
    """A widget with text that sticks out of its parent (which then cuts it)."""
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or _scrolls(parent) or not _has_text(widget):
        return None
    if parent.rect().contains(widget.geometry()):
        return None
    room = parent.rect().intersected(widget.geometry())
    return Misfit(f"{_name(widget)} (cut by its parent)", _text(widget), widget.size(), room.size())


def _has_text(widget: QWidget) -> bool:
    return bool(_text(widget))


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    return ""


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() is Qt.TextFormat.RichText or (
        label.textFormat() is Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    if label.buddy() is not None:  # the & marks the shortcut letter, underlined
        return _without_mnemonic(text)
    if label.textFormat() is Qt.TextFormat.MarkdownText:
        document = QTextDocument()
        document.setMarkdown(text)
        return document.toPlainText()
    return text


def _label(label: QLabel) -> list[Misfit]:
    pixmap = label.pixmap()
    text = _plain(label)
    if not text.strip() or (pixmap is not None and not pixmap.isNull()):
        return []
    room = label.contentsRect()
    margin = label.margin()
    room.adjust(margin, margin, -margin, -margin)
    if label.indent() > 0:
        room.setWidth(room.width() - label.indent())
    metrics = label.fontMetrics()
    tabbed = _tab_overflow(label, room, text)
    if tabbed is not None:
        return [tabbed]
    if label.wordWrap():
        need = metrics.boundingRect(
            QRect(0, 0, room.width(), HUGE), Qt.TextFlag.TextWordWrap, text
        ).size()
        need.setWidth(max(need.width(), _longest_word(metrics, text)))
    else:
        need = metrics.boundingRect(QRect(0, 0, HUGE, HUGE), 0, text).size()
    return _compare(label, text, need, room.size())


def _tab_overflow(label: QLabel, room: QRect, text: str) -> Misfit | None:
    """Columns made with tabs: a first column reaching the tab stop runs into the second, and a
    line that wraps goes on under the first column."""
    stop = 80  # px: QTextOption's default tab stop, what a QLabel uses
    metrics = label.fontMetrics()
    for line in text.splitlines():
        if "\t" not in line:
            continue
        head = line.split("\t", 1)[0]
        need = QSize(metrics.horizontalAdvance(head + " "), metrics.height())
        if need.width() > stop:
            return Misfit(f"{_name(label)} (a column before a tab)", head, need, QSize(stop, 0))
        width = stop + metrics.horizontalAdvance(line.split("\t", 1)[1])
        if width > room.width():
            need = QSize(width, metrics.height())
            return Misfit(f"{_name(label)} (a line in columns)", line, need, room.size())
    return None


def _longest_word(metrics: QFontMetrics, text: str) -> int:
    """What word wrap cannot break: the widest word."""
    return max((metrics.horizontalAdvance(word) for word in text.split()), default=0)


def _compare(widget: QWidget, text: str, need: QSize, has: QSize) -> list[Misfit]:
    if need.width() > has.width() + SLACK or need.height() > has.height() + SLACK:
        return [Misfit(_name(widget), text, need, has)]
    return []


def _without_mnemonic(text: str) -> str:
    """The text as drawn: without the `&` that marks the shortcut letter."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _button(button: QAbstractButton, contents: QStyle.SubElement) -> list[Misfit]:
    text = _without_mnemonic(button.text())
    if not text:
        return []
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    if isinstance(button, QPushButton) and button.isFlat():
        option.features |= QStyleOptionButton.ButtonFeature.Flat
    room = button.style().subElementRect(contents, option, button)
    metrics = button.fontMetrics()
    need = metrics.boundingRect(QRect(0, 0, HUGE, HUGE), 0, text).size()
    if not button.icon().isNull() and isinstance(button, QPushButton):
        need.setWidth(need.width() + button.iconSize().width() + 4)
    return _compare(button, text, need, room.size())


def _tool_button(button: QToolButton) -> list[Misfit]:
    """A tool button's size hint is exactly its icon, text and margins."""
    text = _without_mnemonic(button.text())
    if not text or button.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly:
        return []
    return _compare(button, text, button.sizeHint(), button.size())


def _placeholder(field: QLineEdit) -> list[Misfit]:
    """A placeholder shown in an empty field (QLineEdit elides it when too long)."""
    text = field.placeholderText()
    if field.text() or not text:
        return []
    option = QStyleOptionFrame()
    option.initFrom(field)
    option.lineWidth = (
        field.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, field)
        if field.hasFrame()
        else 0
    )
    room = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    room = room.marginsRemoved(field.textMargins())
    side = sum(
        child.width()
        for child in field.findChildren(QToolButton)
        if child.isVisible() and child.parentWidget() is field
    )
    width = room.width() - side - 2 * 2  # QLineEdit's own horizontal margin on each side
    metrics = field.fontMetrics()
    if metrics.elidedText(text, Qt.TextElideMode.ElideRight, width) == text:
        return []
    need = QSize(metrics.horizontalAdvance(text), metrics.height())
    return [Misfit(f"{_name(field)} placeholder", text, need, QSize(width, room.height()))]


def _tabs(bar: QTabBar) -> list[Misfit]:
    """Each tab as wide as its text asks, and all of them within the bar (no scroll arrows)."""
    found: list[Misfit] = []
    visible = bar.rect()
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect, need = bar.tabRect(index), bar.tabSizeHint(index)
        has = visible.intersected(rect).size()
        if need.width() > has.width() + SLACK:
            found.append(Misfit(f"{_name(bar)} tab {index}", bar.tabText(index), need, has))
    return found


def _header(header: QHeaderView) -> list[Misfit]:
    """Each column (or row) header as wide as its text and padding: Qt elides it otherwise.
    (The size hint keeps room for a sort arrow in every section; the arrow of the sorted one is
    drawn in its padding.)"""
    model = header.model()
    if model is None:
        return []
    horizontal = header.orientation() is Qt.Orientation.Horizontal
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + (
        header.height() if horizontal else header.width()
    )
    found: list[Misfit] = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        need = header.sectionSizeHint(section)
        if header.isSortIndicatorShown():
            need -= arrow
        has = header.sectionSize(section)
        if need > has + SLACK:
            size = (QSize(need, header.height()), QSize(has, header.height()))
            if not horizontal:
                size = (QSize(header.width(), need), QSize(header.width(), has))
            found.append(Misfit(f"{_name(header)} section {section}", str(text), *size))
    return found


def _cells(view: QAbstractItemView) -> list[Misfit]:
    """The cells on screen whose text the delegate wants more room for, unless their tooltip
    holds the whole text (elided on purpose)."""
    model = view.model()
    if model is None:
        return []
    viewport = view.viewport().rect()
    found: list[Misfit] = []
    root = view.rootIndex()
    for row in range(min(model.rowCount(root), MAX_ROWS)):
        column = 0
        while (index := model.index(row, column, root)).isValid():  # a list model hides
            found.extend(_cell(view, index, viewport))  # its columnCount()
            column += 1
    return found


def _cell(view: QAbstractItemView, index: QModelIndex, viewport: QRect) -> list[Misfit]:
    rect = view.visualRect(index)
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text or not rect.isValid():
        return []
    if not rect.intersects(viewport):
        return []
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    if isinstance(tip, str) and text in tip:
        return []
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = rect  # word wrap, where the view has it, wraps at the cell's width
    need = view.itemDelegateForIndex(index).sizeHint(option, index)
    where = f"{_name(view)} cell {index.row()},{index.column()}"
    if need.width() > rect.width() + SLACK or need.height() > rect.height() + SLACK:
        return [Misfit(where, text, need, rect.size())]
    return []


def _group_title(box: QGroupBox) -> list[Misfit]:
    text = box.title().replace("&", "")
    if not text:
        return []
    need = QSize(box.fontMetrics().horizontalAdvance(text) + 16, box.fontMetrics().height())
    return _compare(box, text, need, box.size())


def _name(widget: QWidget) -> str:
    """The widget's class (and object name), and up to three named places around it: the
    project's own widgets, or Qt's with an object name."""
    places: list[str] = []
    parent = widget.parentWidget()
    while parent is not None and len(places) < 3:
        if _named(parent) or not type(parent).__module__.startswith("PySide6"):
            places.append(_one_name(parent))
        parent = parent.parentWidget()
    return _one_name(widget) + (f" in {' < '.join(places)}" if places else "")


def _named(widget: QWidget) -> bool:
    return bool(widget.objectName()) and not widget.objectName().startswith("qt_")


def _one_name(widget: QWidget) -> str:
    kind = type(widget).__name__
    return f"{kind}#{widget.objectName()}" if _named(widget) else kind
